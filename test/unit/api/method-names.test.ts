import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/api/contract';
import { METHOD_NAMES } from '../../../shared/api/method-names';

// The preload bridge exposes METHOD_NAMES (a list with no dependencies); the contract is the source.
describe('shared/api/method-names.ts', () => {
  it('names exactly the methods of the contract', () => {
    const listed = new Set<string>(METHOD_NAMES as readonly string[]);
    const missing = methodNames.filter((m) => !listed.has(m));
    const extra = [...listed].filter((m) => !(methodNames as string[]).includes(m));
    expect(missing, `add to shared/api/method-names.ts: ${missing.join(', ')}`).toEqual([]);
    expect(extra, `remove from shared/api/method-names.ts (not in the contract): ${extra.join(', ')}`).toEqual([]);
    expect(listed.size, 'shared/api/method-names.ts lists a name twice').toBe((METHOD_NAMES as readonly string[]).length);
  });
});
