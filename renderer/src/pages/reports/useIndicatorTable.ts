import { useEffect, useMemo, useState } from 'react';
import type { DefaultIndicator, RoundDetail } from '../../../../shared/reports/schema';
import { ApiCallError, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import {
  addRow,
  checkIndicators,
  errorsFromServer,
  moveRow,
  patchRow,
  removeRow,
  replaceRows,
  rowsFromRound,
  toIndicatorInputs,
  type EditedIndicator,
  type RowErrors,
} from './indicator-edits';

/**
 * The editing state of a round's indicator table: the rows, whether they differ from the saved
 * set, the messages per cell, and the save. The round shown is followed until the first edit.
 */
export function useIndicatorTable(round: RoundDetail) {
  const [rows, setRows] = useState<EditedIndicator[]>(() => rowsFromRound(round));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<RowErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const saveIndicators = useApiMutation('reports.saveIndicators');

  useEffect(() => {
    if (!dirty) setRows(rowsFromRound(round));
  }, [round, dirty]);

  const groups = useMemo(() => [...new Set(rows.map((r) => r.group).filter((g): g is string => !!g))], [rows]);
  const edit = (change: (rs: EditedIndicator[]) => EditedIndicator[]) => {
    setRows(change);
    setDirty(true);
  };

  /** Saves the whole set; returns how many indicators were saved, or null when nothing was. */
  const save = async (): Promise<number | null> => {
    const indicators = toIndicatorInputs(rows);
    setFormError(null);
    const local = checkIndicators(indicators);
    if (local) {
      setErrors(local);
      setFormError('Có chỉ tiêu nhập chưa đúng; hãy xem các ô tô đỏ.');
      return null;
    }
    try {
      await saveIndicators.mutateAsync({ roundId: round.id, indicators });
      setErrors({});
      setDirty(false);
      return indicators.length;
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length) setErrors(errorsFromServer(e.fields));
      setFormError(errorMessage(e));
      return null;
    }
  };

  return {
    rows,
    dirty,
    groups,
    formError,
    saving: saveIndicators.isPending,
    /** The message under one cell of row `i`, if any. */
    error: (i: number, field: string): string | undefined => errors[`${i}.${field}`],
    add: () => edit(addRow),
    update: (key: string, patch: Partial<EditedIndicator>) => edit((rs) => patchRow(rs, key, patch)),
    move: (i: number, d: -1 | 1) => edit((rs) => moveRow(rs, i, d)),
    remove: (key: string) => edit((rs) => removeRow(rs, key)),
    replace: (list: DefaultIndicator[]) => {
      edit((rs) => replaceRows(rs, list));
      setErrors({});
    },
    /** Back to the saved set. */
    reset: () => {
      setDirty(false);
      setErrors({});
      setFormError(null);
      setRows(rowsFromRound(round));
    },
    save,
  };
}
