import { useMemo } from 'react';
import { distinctiveUnitName } from '../../../../shared/units/display-name';
import { useApi } from '../../api/hooks';

/** Unit id → the part of its name that tells it apart, for narrow list columns (dissolved units too). */
export function useUnitLabels(): Map<number, string> {
  const units = useApi('units.list', { includeDissolved: true });
  return useMemo(() => new Map((units.data?.items ?? []).map((u) => [u.id, distinctiveUnitName(u)])), [units.data]);
}
