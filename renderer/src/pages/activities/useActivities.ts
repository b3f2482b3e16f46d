import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';

export function useActivityTypes() {
  return useQuery({ queryKey: ['activities.types'], queryFn: () => call('activities.types', {}), staleTime: 60_000 });
}

export function useActivityList(filter: MethodInput<'activities.list'>, enabled = true) {
  return useQuery({
    queryKey: ['activities.list', filter],
    queryFn: () => call('activities.list', filter),
    placeholderData: (prev) => prev,
    enabled,
  });
}

export function useRoundOptions() {
  const q = useQuery({ queryKey: ['reports.listRounds'], queryFn: () => call('reports.listRounds', {}) });
  return { rounds: q.data ?? [], options: (q.data ?? []).map((r) => ({ value: r.id, label: r.name })) };
}

/** After a change to activities: lists, a member's support, results. */
export function useInvalidateActivities() {
  const qc = useQueryClient();
  return () => {
    for (const key of [
      'activities.list',
      'activities.types',
      'activities.forMember',
      'activities.get',
      'results.round',
      'results.sources',
      'results.byUnit',
    ]) {
      void qc.invalidateQueries({ queryKey: [key] });
    }
  };
}
