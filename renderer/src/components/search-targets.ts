import type { SearchHit, SearchKind } from '../../../shared/search/schema';

// Where each kind of search result opens. The pages read the parameter and open the item:
// members/units/incoming '?id=' (then drop it), documents '?id=' (the editor), rounds '?dot='.
const HREFS: Record<SearchKind, (id: number) => string> = {
  member: (id) => `#/doan-vien?id=${id}`,
  unit: (id) => `#/cong-doan-co-so?id=${id}`,
  document: (id) => `#/van-ban?id=${id}`,
  incoming: (id) => `#/van-ban-den?id=${id}`,
  round: (id) => `#/bao-cao?dot=${id}`,
};

export const searchHitHref = (hit: Pick<SearchHit, 'kind' | 'id'>): string => HREFS[hit.kind](hit.id);
