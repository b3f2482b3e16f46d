import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Active units as Select options, Vietnamese order (searchable without diacritics via filterOption). */
export function useUnitOptions(includeDissolved = false) {
  const q = useQuery({ queryKey: ['units.list', { includeDissolved }], queryFn: () => call('units.list', { includeDissolved }) });
  return (q.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
}
