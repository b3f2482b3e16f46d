import { AppError } from '../../../shared/api/result';
import { PDF_ONLY_IN_DESKTOP } from '../../../shared/app/pdf';
import type { DomainHandlers } from '../handler-types';
import { readChecklist, writeChecklistHidden } from './checklist-repo';
import { officeDashboard } from './dashboard-query';
import { appInfo } from './info';

export const appHandlers: DomainHandlers<'app'> = {
  'app.info': (_i, ctx) => appInfo(ctx),
  // The desktop shell answers this itself (electron/main/pdf.ts); any other caller has no window to print.
  'app.savePdf': () => {
    throw new AppError('CONFLICT', PDF_ONLY_IN_DESKTOP);
  },
  'app.checklist': (_i, ctx) => readChecklist(ctx),
  'app.hideChecklist': (input, ctx) => writeChecklistHidden(ctx, input.hidden),
  'app.dashboard': (_i, ctx) => officeDashboard(ctx),
};
