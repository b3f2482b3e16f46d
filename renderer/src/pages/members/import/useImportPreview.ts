import { useRef, useState } from 'react';
import type {
  ImportRowStatus,
  ImportSheetChoice,
  MemberImportPreview,
  MemberImportSheet,
} from '../../../../../shared/members/import-schema';
import { call, errorMessage } from '../../../api/client';
import type { useCallProgress } from '../../../api/useCallProgress';
import { fileToBase64 } from '../../../lib/files';

/** What the clerk changed, sheet by sheet; sheets not listed keep what the app proposes. */
type Choices = Record<number, ImportSheetChoice>;

export interface ImportOptions {
  unitId: number | null;
  missingJoinDate: string | null;
  choices: Choices;
}

/** The options as the API's request. */
export const importRequest = (o: ImportOptions) => ({
  unitId: o.unitId,
  missingJoinDate: o.missingJoinDate,
  sheets: Object.values(o.choices).length ? Object.values(o.choices) : undefined,
});

/**
 * The file read on the server and its preview, re-mapped as the clerk changes the unit, the
 * sheets and the columns; the sheet shown and the row filter.
 */
export function useImportPreview(defaultUnitId: number | null, tracked: ReturnType<typeof useCallProgress>) {
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<MemberImportPreview | null>(null);
  const [opts, setOpts] = useState<ImportOptions>({ unitId: defaultUnitId, missingJoinDate: null, choices: {} });
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [statusFilter, setStatusFilter] = useState<ImportRowStatus | null>(null);

  /** Bumped by every request and by closing: an answer that comes back late is dropped. */
  const generation = useRef(0);

  /**
   * Asks for a preview with these options (shown at once, so that the next change builds on them).
   * `activeHint`: the sheet to keep showing, or null to show the first sheet read.
   */
  const run = async (
    source: { file: { fileName: string; dataBase64: string } } | { batchId: string },
    o: ImportOptions,
    activeHint: number | null,
  ) => {
    const mine = ++generation.current;
    const before = opts;
    setOpts(o);
    setBusy(true);
    setError(null);
    try {
      const p = await tracked.run('members.importPreview', { ...source, ...importRequest(o) });
      if (mine !== generation.current) {
        // Closed, or another file picked meanwhile: a batch read for nothing is let go.
        if ('file' in source) void call('members.importDiscard', { batchId: p.batchId }).catch(() => undefined);
        return;
      }
      setPreview(p);
      const keep = activeHint !== null && p.sheets.some((s) => s.index === activeHint) ? activeHint : null;
      setActive(keep ?? p.sheets.find((s) => s.take)?.index ?? 0);
    } catch (e) {
      if (mine !== generation.current) return;
      setOpts(before);
      setError(errorMessage(e));
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  };

  /** Re-maps the file already read with changed options. */
  const update = (o: ImportOptions) => {
    if (preview) void run({ batchId: preview.batchId }, o, active);
  };

  const discard = () => {
    if (preview) void call('members.importDiscard', { batchId: preview.batchId }).catch(() => undefined);
  };

  const pick = async (f: File) => {
    discard();
    const file = { fileName: f.name, dataBase64: await fileToBase64(f) };
    setFileName(f.name);
    setPreview(null);
    setStatusFilter(null); // a new file starts with every row shown
    await run({ file }, { unitId: opts.unitId, missingJoinDate: null, choices: {} }, null);
  };

  const choose = (sheet: MemberImportSheet, change: Partial<ImportSheetChoice>) => {
    const prev = opts.choices[sheet.index] ?? { index: sheet.index, take: sheet.take };
    update({ ...opts, choices: { ...opts.choices, [sheet.index]: { ...prev, ...change } } });
  };

  /** After a save: the dialog starts again from the file picker. */
  const clearSaved = () => {
    setFileName(null);
    setPreview(null);
    setOpts({ unitId: defaultUnitId, missingJoinDate: null, choices: {} });
  };

  /** On closing: answers still to come are dropped, the batch is let go, everything starts again. */
  const abandon = () => {
    generation.current++;
    setBusy(false);
    discard();
    setStatusFilter(null);
    setFileName(null);
    setPreview(null);
    setError(null);
    setOpts({ unitId: defaultUnitId, missingJoinDate: null, choices: {} });
  };

  return {
    fileName,
    preview,
    opts,
    setOpts,
    active,
    setActive,
    busy,
    setBusy,
    error,
    setError,
    statusFilter,
    setStatusFilter,
    update,
    pick,
    choose,
    clearSaved,
    abandon,
  };
}
