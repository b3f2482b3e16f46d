// reports.*: method → function.
import type { DomainHandlers } from '../handler-types';
import { defaultIndicators } from './catalogue';
import { folderSuggestions } from './folders';
import { commitBatch, choosePreviewFiles, discardBatch, previewUpload, scanFolder } from './import';
import { saveManual } from './manual';
import { createRoundFromPlan, planRoundDraft } from './round-from-plan';
import { listRounds, roundDetail } from './repo';
import { changeRound, createRound, removeRound, saveIndicators } from './rounds';
import { archivedFile, exportMissing, reportsDashboard, roundStatus, unitSubmissions } from './status';
import { makeSubmissionCurrent } from './versions';
import { templatesZip, unitTemplate, writeTemplates } from './templates';
import { upwardFill, upwardPreview } from './upward/service';

export const reportsHandlers: DomainHandlers<'reports'> = {
  'reports.defaultIndicators': () => defaultIndicators(),
  'reports.listRounds': (_i, ctx) => listRounds(ctx),
  'reports.getRound': ({ id }, ctx) => roundDetail(ctx, id),
  'reports.createRound': ({ indicators, ...fields }, ctx) => createRound(ctx, fields, indicators),
  'reports.updateRound': ({ id, ...fields }, ctx) => changeRound(ctx, id, fields),
  'reports.saveIndicators': ({ roundId, indicators }, ctx) => saveIndicators(ctx, roundId, indicators),
  'reports.deleteRound': ({ id }, ctx) => removeRound(ctx, id),
  'reports.writeTemplates': (input, ctx, progress) => writeTemplates(ctx, input, progress),
  'reports.templatesZip': ({ roundId }, ctx) => templatesZip(ctx, roundId),
  'reports.unitTemplate': ({ roundId, unitId }, ctx) => unitTemplate(ctx, roundId, unitId),
  'reports.folderSuggestions': () => folderSuggestions(),
  'reports.scanFolder': ({ roundId, folder }, ctx, progress) => scanFolder(ctx, roundId, folder, progress),
  'reports.previewUpload': ({ roundId, files, batchId }, ctx) => previewUpload(ctx, roundId, files, batchId),
  'reports.commitImport': ({ batchId, receivedOn, choices, fileDates }, ctx, progress) =>
    commitBatch(ctx, batchId, receivedOn, choices, fileDates, progress),
  'reports.previewChoices': ({ batchId, choices }, ctx) => choosePreviewFiles(ctx, batchId, choices),
  'reports.discardImport': ({ batchId }, ctx) => discardBatch(ctx, batchId),
  'reports.status': ({ roundId }, ctx) => roundStatus(ctx, roundId),
  'reports.exportMissing': ({ roundId }, ctx) => exportMissing(ctx, roundId),
  'reports.unitSubmissions': ({ roundId, unitId }, ctx) => unitSubmissions(ctx, roundId, unitId),
  'reports.saveManual': (input, ctx) => saveManual(ctx, input),
  'reports.archivedFile': ({ submissionId }, ctx) => archivedFile(ctx, submissionId),
  'reports.useSubmission': ({ submissionId }, ctx) => makeSubmissionCurrent(ctx, submissionId),
  'reports.dashboard': (_i, ctx) => reportsDashboard(ctx),
  'reports.planRoundDraft': ({ documentId }, ctx) => planRoundDraft(ctx, documentId),
  'reports.createRoundFromPlan': (input, ctx) => createRoundFromPlan(ctx, input),
  'reports.upwardPreview': ({ roundId, file }, ctx) => upwardPreview(ctx, roundId, file),
  'reports.upwardFill': (input, ctx) => upwardFill(ctx, input),
};
