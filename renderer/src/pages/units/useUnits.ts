import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { MethodInput } from '../../../../shared/api/contract';

export function useUnitList(filter: MethodInput<'units.list'>) {
  return useQuery({ queryKey: ['units.list', filter], queryFn: () => call('units.list', filter), placeholderData: (prev) => prev });
}

export function useSectors() {
  return useQuery({ queryKey: ['sectors.list'], queryFn: () => call('sectors.list', {}) });
}

/** Refreshes everything that shows units after a change. */
export function useInvalidateUnits() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['units.list'] });
    void qc.invalidateQueries({ queryKey: ['sectors.list'] });
    void qc.invalidateQueries({ queryKey: ['app.dashboard'] });
  };
}
