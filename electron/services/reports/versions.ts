// Bringing back an earlier report of a unit: every version received stays in the history, and the
// clerk may make any of them the one in use again (a newer file that turned out wrong, an older
// one ticked by mistake). The figures of the round follow the version in use.
import { AppError } from '../../../shared/api/result';
import type { UnitSubmissions } from '../../../shared/reports/schema';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';
import { logChange } from '../history/change-log';
import { unitSubmissions } from './status';

interface VersionRow {
  id: number;
  roundId: number;
  unitId: number;
  isCurrent: number;
  fileName: string | null;
  receivedOn: string;
}

const SELECT_VERSION = `SELECT id, round_id AS roundId, unit_id AS unitId, is_current AS isCurrent, file_name AS fileName,
  received_on AS receivedOn FROM report_submissions`;

/** Makes `submissionId` the unit's report in use; the one in use before stays in the history. */
export function makeSubmissionCurrent(ctx: ServiceContext, submissionId: number): UnitSubmissions {
  const chosen = ctx.db.prepare(`${SELECT_VERSION} WHERE id = ?`).get(submissionId) as VersionRow | undefined;
  if (!chosen) throw new AppError('NOT_FOUND', 'Không tìm thấy bản báo cáo này; có thể trang đã cũ. Hãy tải lại trang.');
  if (chosen.isCurrent === 1) return unitSubmissions(ctx, chosen.roundId, chosen.unitId);
  ctx.db.transaction(() => {
    const at = nowIso(ctx);
    const previous = ctx.db
      .prepare(`${SELECT_VERSION} WHERE round_id = ? AND unit_id = ? AND is_current = 1`)
      .get(chosen.roundId, chosen.unitId) as VersionRow | undefined;
    // The unique index allows one version in use: step the old one down first.
    if (previous) {
      ctx.db
        .prepare('UPDATE report_submissions SET is_current = 0, superseded_at = ?, superseded_by = ? WHERE id = ?')
        .run(at, chosen.id, previous.id);
    }
    ctx.db.prepare('UPDATE report_submissions SET is_current = 1, superseded_at = NULL, superseded_by = NULL WHERE id = ?').run(chosen.id);
    logChange(
      ctx,
      'report_submission',
      chosen.id,
      'use_version',
      previous ? { current: previous.id, fileName: previous.fileName, receivedOn: previous.receivedOn } : null,
      { current: chosen.id, fileName: chosen.fileName, receivedOn: chosen.receivedOn },
    );
  })();
  return unitSubmissions(ctx, chosen.roundId, chosen.unitId);
}
