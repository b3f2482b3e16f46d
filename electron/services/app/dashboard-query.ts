// The figures of the home screen: members, units by sector, whether the office is set up, backups.
import type { DashboardSummary } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { backupReminder } from '../backup/reminder';
import { readOfficeSettings } from '../settings/office';

export function officeDashboard(ctx: ServiceContext): DashboardSummary {
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
}
