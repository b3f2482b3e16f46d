import type { MethodName } from '../../../shared/api/contract';

/** The domain of a method: 'members' for 'members.get'. */
export type Domain = MethodName extends `${infer D}.${string}` ? D : never;

/** One method ('members.get') or every method of a domain ('members.*'). */
export type MethodPattern = MethodName | `${Domain}.*`;

/**
 * What a change makes stale, declared once per domain: after a successful `useApiMutation` of a
 * method matching the left side, every query whose method matches the right side is refetched.
 * Reads that only fetch (previews, downloads) go through `call` and invalidate nothing.
 */
export const INVALIDATIONS: readonly (readonly [MethodPattern, readonly MethodPattern[]])[] = [
  // The office settings query takes the saved value directly (see useApiMutation's `writes`).
  ['settings.update', ['app.dashboard']],
  ['sectors.*', ['sectors.*', 'units.*']],
  // Units show their commune/ward, which the member figures per commune/ward count by.
  ['units.*', ['units.*', 'sectors.*', 'areas.*', 'members.stats', 'app.dashboard']],
  // The member list pages are reloaded by the page itself (members/useMemberPages).
  ['members.*', ['members.*']],
  ['reports.*', ['reports.*', 'areas.roundResults', 'app.dashboard']],
  // The open document is owned by its editor, so 'documents.get' is never refetched under it.
  // Issuing a document writes it into the outgoing register.
  ['documents.*', ['documents.list', 'documents.templates', 'documents.versions', 'documents.proposeNumber', 'registers.outgoing']],
  ['incoming.*', ['incoming.*', 'registers.incoming']],
  // Activities feed the results of a round.
  ['activities.*', ['activities.*', 'results.*', 'areas.roundResults']],
  ['results.saveSettings', ['results.byUnit', 'results.sources', 'areas.roundResults']],
  // The draft report is a new document.
  ['results.draftReport', ['activities.*', 'results.*', 'documents.list']],
  ['backup.*', ['backup.*', 'app.dashboard']],
  // Communes/wards: their list, the units showing them, and the figures counted per commune/ward.
  ['areas.*', ['areas.*', 'units.*', 'members.stats']],
];

export function matchesPattern(pattern: MethodPattern, method: string): boolean {
  return pattern.endsWith('.*') ? method.startsWith(pattern.slice(0, -1)) : method === pattern;
}

/** The query patterns a successful mutation of `method` makes stale. */
export function staleAfter(method: MethodName): MethodPattern[] {
  return INVALIDATIONS.filter(([mutation]) => matchesPattern(mutation, method)).flatMap(([, stale]) => stale);
}

/** Whether a query of `queryMethod` must be refetched after a mutation of `mutation`. */
export function isStaleAfter(mutation: MethodName, queryMethod: unknown): boolean {
  return typeof queryMethod === 'string' && staleAfter(mutation).some((p) => matchesPattern(p, queryMethod));
}
