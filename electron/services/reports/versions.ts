// Bringing back an earlier report of a unit: every version received stays in the history, and the
// clerk may make any of them the one in use again (a newer file that turned out wrong, an older
// one ticked by mistake). The figures of the round follow the version in use.
import { AppError } from '../../../shared/api/result';
import type { UnitSubmissions } from '../../../shared/reports/schema';
import type { ServiceContext } from '../context';
import { nowIso } from '../context';
import { logChange } from '../history/change-log-repo';
import { unitSubmissions } from './status';
import { currentVersion, swapCurrentVersion, versionById } from './submissions-repo';

/** Makes `submissionId` the unit's report in use; the one in use before stays in the history. */
export function makeSubmissionCurrent(ctx: ServiceContext, submissionId: number): UnitSubmissions {
  const chosen = versionById(ctx, submissionId);
  if (!chosen) throw new AppError('NOT_FOUND', 'Không tìm thấy bản báo cáo này; có thể trang đã cũ. Hãy tải lại trang.');
  if (chosen.isCurrent === 1) return unitSubmissions(ctx, chosen.roundId, chosen.unitId);
  ctx.db.transaction(() => {
    const at = nowIso(ctx);
    const previous = currentVersion(ctx, chosen.roundId, chosen.unitId);
    swapCurrentVersion(ctx, chosen.id, previous?.id ?? null, at);
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
