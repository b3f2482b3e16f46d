import { useApi } from '../../api/hooks';
import type { MethodInput } from '../../../../shared/api/contract';

export function useUnitList(filter: MethodInput<'units.list'>) {
  return useApi('units.list', filter, { placeholderData: (prev) => prev });
}

export function useSectors() {
  return useApi('sectors.list', {});
}
