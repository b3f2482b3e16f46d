// What the dashboard's first-run checklist reads: whether each kind of data exists yet.
import type { Checklist } from '../../../shared/app/checklist';
import type { ServiceContext } from '../context';
import { readBackupSettings } from '../backup/repo';
import { readOfficeSettings } from '../settings/office';
import { readSetting, writeSetting } from '../settings/key-value-repo';

const HIDDEN_KEY = 'checklist';

const exists = (ctx: ServiceContext, sql: string): boolean => ctx.db.prepare(`SELECT EXISTS (${sql})`).pluck().get() === 1;

export function readChecklist(ctx: ServiceContext): Checklist {
  return {
    done: {
      office: readOfficeSettings(ctx) !== null,
      units: exists(ctx, 'SELECT 1 FROM units'),
      members: exists(ctx, 'SELECT 1 FROM members'),
      // A plan or a guidance for the year's campaign; letters and reports do not count.
      plan: exists(ctx, "SELECT 1 FROM documents WHERE kind IN ('KH', 'HD')"),
      round: exists(ctx, 'SELECT 1 FROM report_rounds'),
      // Automatic backups stay on the same disk; only a copy to a USB stick or another folder counts.
      backup: readBackupSettings(ctx).lastExternalAt !== null,
    },
    hidden: readSetting<{ hidden?: boolean }>(ctx, HIDDEN_KEY)?.hidden === true,
  };
}

export function writeChecklistHidden(ctx: ServiceContext, hidden: boolean): Checklist {
  writeSetting(ctx, HIDDEN_KEY, { hidden });
  return readChecklist(ctx);
}
