import type { MethodInput } from '../../../../shared/api/contract';
import { useApi } from '../../api/hooks';

export function useActivityTypes() {
  return useApi('activities.types', {}, { staleTime: 60_000 });
}

export function useActivityList(filter: MethodInput<'activities.list'>, enabled = true) {
  return useApi('activities.list', filter, { placeholderData: (prev) => prev, enabled });
}

export function useRoundOptions() {
  const q = useApi('reports.listRounds', {});
  return { rounds: q.data ?? [], options: (q.data ?? []).map((r) => ({ value: r.id, label: r.name })) };
}
