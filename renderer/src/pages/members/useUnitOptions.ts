import { useApi } from '../../api/hooks';

/** Active units as Select options, Vietnamese order (searchable without diacritics via filterOption). */
export function useUnitOptions(includeDissolved = false) {
  const q = useApi('units.list', { includeDissolved });
  return (q.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
}
