import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/api/contract';
import { INVALIDATIONS, isStaleAfter, matchesPattern, staleAfter, type MethodPattern } from '../../../renderer/src/api/invalidation';

const names: string[] = methodNames;
const exists = (p: MethodPattern) => (p.endsWith('.*') ? names.some((m) => matchesPattern(p, m)) : names.includes(p));

describe('what a change makes stale', () => {
  it('names only methods and domains of the contract', () => {
    for (const [mutation, stale] of INVALIDATIONS) {
      expect(exists(mutation), mutation).toBe(true);
      for (const p of stale) expect(exists(p), `${mutation} → ${p}`).toBe(true);
    }
  });

  it('declares what each change makes stale in one place', () => {
    const sides = INVALIDATIONS.map(([mutation]) => mutation);
    expect(new Set(sides).size).toBe(sides.length);
  });

  it('matches a whole domain or one method, never a prefix of another domain', () => {
    expect(matchesPattern('reports.*', 'reports.getRound')).toBe(true);
    expect(matchesPattern('reports.*', 'results.round')).toBe(false);
    expect(matchesPattern('units.*', 'unitsX.list')).toBe(false);
    expect(matchesPattern('members.get', 'members.get')).toBe(true);
    expect(matchesPattern('members.get', 'members.getAll')).toBe(false);
  });

  it('refreshes what each screen showed before', () => {
    expect(isStaleAfter('units.update', 'units.list')).toBe(true);
    expect(isStaleAfter('units.delete', 'app.dashboard')).toBe(true);
    expect(isStaleAfter('sectors.create', 'units.list')).toBe(true);
    expect(isStaleAfter('members.addEvent', 'members.stats')).toBe(true);
    expect(isStaleAfter('reports.saveIndicators', 'reports.getRound')).toBe(true);
    expect(isStaleAfter('activities.create', 'results.round')).toBe(true);
    expect(isStaleAfter('incoming.create', 'registers.incoming')).toBe(true);
    expect(isStaleAfter('backup.create', 'backup.list')).toBe(true);
    expect(isStaleAfter('settings.update', 'app.dashboard')).toBe(true);
    expect(isStaleAfter('units.update', 'members.stats')).toBe(true);
    expect(isStaleAfter('reports.saveIndicators', 'areas.roundResults')).toBe(true);
    expect(isStaleAfter('results.saveSettings', 'areas.roundResults')).toBe(true);
    expect(isStaleAfter('documents.issue', 'registers.outgoing')).toBe(true);
    expect(isStaleAfter('results.draftReport', 'documents.list')).toBe(true);
  });

  it('never refetches the document open in the editor, nor other domains', () => {
    expect(isStaleAfter('documents.save', 'documents.get')).toBe(false);
    expect(isStaleAfter('documents.save', 'documents.list')).toBe(true);
    expect(isStaleAfter('results.saveSettings', 'results.round')).toBe(false);
    expect(isStaleAfter('members.update', 'units.list')).toBe(false);
    expect(isStaleAfter('units.update', 12)).toBe(false);
    expect(isStaleAfter('documents.issue', 'registers.incoming')).toBe(false);
  });

  it('gives nothing for a method no rule names', () => {
    expect(staleAfter('app.info')).toEqual([]);
  });
});
