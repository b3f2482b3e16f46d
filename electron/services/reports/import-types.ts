// The state of a report import between its preview and its commit: the files of a batch, each
// with what was read from it and what the clerk chose.
import type { CellProblem, ImportFileStatus } from '../../../shared/reports/schema';
import type { FreeTextKey } from './template-layout';

export interface IncomingFile {
  fileName: string;
  data: Buffer | null;
  /** Set when the file could not even be read (too large, unreadable). */
  readError?: string;
  mtime?: Date;
}

export interface ParsedValueRow {
  indicatorId: number;
  num: number | null;
  text: string | null;
}

export interface BatchFile {
  key: number;
  fileName: string;
  data: Buffer | null;
  sha256: string | null;
  savedAt: string | null;
  unitId: number | null;
  unitCode: string | null;
  unitName: string | null;
  roundCode: string | null;
  roundName: string | null;
  /** Problems of the file itself (identity, damage, cells); status is then 'error'. */
  errors: string[];
  warnings: string[];
  problems: CellProblem[];
  values: ParsedValueRow[];
  free: Record<FreeTextKey, string | null>;
  status: ImportFileStatus;
  statusNote: string | null;
  /** The clerk's tick, when it differs from what the app proposes; null: as proposed. */
  choice: boolean | null;
  /** Imported before but not the unit's current version: ticking it makes it current again. */
  reusable: boolean;
  /** The unit of the template inside the file (its identity). */
  templateUnit: UnitRef | null;
  /** Another unit named by the file's name (a unit may have filled another unit's template). */
  namedUnit: UnitRef | null;
  /** The clerk said the figures are the named unit's. */
  forNamed: boolean;
  /** The identity sheet or the codes were changed after the template was sent (checksum). */
  tampered: boolean;
}

/** A unit as a file refers to it. */
export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

export interface Batch {
  id: string;
  roundId: number;
  folder: string | null;
  createdAt: number;
  files: BatchFile[];
}
