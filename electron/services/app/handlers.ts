import { AppError } from '../../../shared/api/result';
import { PDF_ONLY_IN_DESKTOP } from '../../../shared/app/pdf';
import { todayIso } from '../../../shared/text/dates';
import type { DomainHandlers } from '../handler-types';
import { readOfficeSettings } from '../settings/handlers';
import { backupReminder } from '../backup/reminder';

export const appHandlers: DomainHandlers<'app'> = {
  'app.info': (_i, ctx) => ({
    name: 'Công đoàn - Văn phòng',
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    mode: ctx.mode,
    today: todayIso(ctx.now()),
    now: ctx.now().toISOString(),
    recovery: ctx.recovery?.reason ?? null,
  }),
  // The desktop shell answers this itself (electron/main/pdf.ts); any other caller has no window to print.
  'app.savePdf': () => {
    throw new AppError('CONFLICT', PDF_ONLY_IN_DESKTOP);
  },
  'app.dashboard': (_i, ctx) => {
    const counts = ctx.db
      .prepare(`SELECT SUM(dissolved_on IS NULL) AS active, SUM(dissolved_on IS NOT NULL) AS dissolved FROM units`)
      .get() as { active: number | null; dissolved: number | null };
    const unitsBySector = ctx.db
      .prepare(
        `SELECT COALESCE(s.name, 'Chưa phân khối') AS sectorName, COUNT(*) AS count
           FROM units u LEFT JOIN sectors s ON s.id = u.sector_id
          WHERE u.dissolved_on IS NULL
          GROUP BY u.sector_id ORDER BY MIN(COALESCE(s.sort_order, 1e9))`,
      )
      .all() as { sectorName: string; count: number }[];
    const members = ctx.db
      .prepare(`SELECT COUNT(*) AS n, COALESCE(SUM(gender = 'nu'), 0) AS women FROM members WHERE status = 'active'`)
      .get() as { n: number; women: number };
    return {
      activeMembers: members.n,
      activeWomen: members.women,
      activeUnits: counts.active ?? 0,
      dissolvedUnits: counts.dissolved ?? 0,
      unitsBySector,
      officeConfigured: readOfficeSettings(ctx) !== null,
      backup: backupReminder(ctx),
    };
  },
};
