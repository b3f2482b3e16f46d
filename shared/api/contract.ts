import { z } from './zod-vi';
import { method } from './define';
import { noInput, type DownloadFile } from './fields';
import { officeSettingsSchema, type OfficeSettingsState } from '../settings/schema';
import {
  sectorCreateSchema,
  sectorMoveSchema,
  sectorUpdateSchema,
  unitCreateSchema,
  unitDissolveSchema,
  unitIdSchema,
  unitImportCommitSchema,
  unitImportPreviewSchema,
  unitListSchema,
  unitUpdateSchema,
  type ChangeLogEntry,
  type Sector,
  type Unit,
  type UnitImportPreview,
  type UnitImportResult,
  type UnitListResult,
} from '../units/schema';

import {
  memberCreateSchema,
  memberEventDeleteSchema,
  memberEventSchema,
  memberIdSchema,
  memberListSchema,
  memberUpdateSchema,
  type Member,
  type MemberEvent,
  type MemberListResult,
  type MemberWithEvents,
} from '../members/schema';
import { memberStatsSchema, type MemberStats } from '../members/stats-schema';
import {
  memberImportCommitSchema,
  memberImportDiscardSchema,
  memberImportPreviewSchema,
  memberImportRowsSchema,
  type MemberImportPreview,
  type MemberImportRowsPage,
  type MemberImportResult,
} from '../members/import-schema';
import * as reports from '../reports/schema';
import * as roundFromPlan from '../reports/round-from-plan';
import * as upward from '../reports/upward-schema';
import * as documents from '../documents/api';
import type { AnniversaryEvent } from '../documents/anniversaries';
import * as activities from '../activities/schema';
import * as results from '../results/schema';
import * as backup from '../backup/schema';
import * as incoming from '../incoming/schema';
import * as pdf from '../app/pdf';
import * as checklist from '../app/checklist';
import * as search from '../search/schema';
import * as areas from '../areas/schema';
import * as duplicates from '../members/duplicates';

export interface AppInfo {
  name: string;
  version: string;
  schemaVersion: number;
  dataDir: string;
  mode: 'desktop' | 'browser';
  /** The service clock: today (YYYY-MM-DD) and the instant, so the renderer's defaults follow a pinned clock. */
  today: string;
  now: string;
  /** Set when the database is damaged: the renderer shows the recovery screen instead of the pages. */
  recovery: string | null;
}

export interface DashboardSummary {
  activeUnits: number;
  dissolvedUnits: number;
  /** Members currently in a unit (status active), and how many of them are women. */
  activeMembers: number;
  activeWomen: number;
  unitsBySector: { sectorName: string; count: number }[];
  officeConfigured: boolean;
  /** Backups to an outside drive: when the last one was made, and whether to remind the clerk. */
  backup: { lastExternalAt: string | null; remind: boolean; remindAfterDays: number };
}

/**
 * Every API method, declared once. IPC, HTTP, the preload bridge, the renderer client and the
 * contract tests are all derived from this table.
 */
export const contract = {
  'app.info': method<AppInfo>()(noInput),
  'app.dashboard': method<DashboardSummary>()(noInput),
  /** Desktop only (the main process answers it with the window's printToPDF); browser mode refuses it. */
  'app.savePdf': method<pdf.SavePdfResult>()(pdf.savePdfSchema),
  /** The dashboard's first-run checklist: which steps have their data yet (issue 17). */
  'app.checklist': method<checklist.Checklist>()(noInput),
  'app.hideChecklist': method<checklist.Checklist>()(checklist.checklistHideSchema),
  /** Ctrl+K: members, units, documents, incoming documents and rounds at once (issue 17). */
  'search.all': method<search.SearchAllResult>()(search.searchAllSchema),

  'settings.get': method<OfficeSettingsState>()(noInput),
  'settings.update': method<OfficeSettingsState>()(officeSettingsSchema),

  'sectors.list': method<Sector[]>()(noInput),
  'sectors.create': method<Sector>()(sectorCreateSchema),
  'sectors.update': method<Sector>()(sectorUpdateSchema),
  'sectors.move': method<Sector[]>()(sectorMoveSchema),
  'sectors.delete': method<{ deleted: true }>()(z.strictObject({ id: sectorUpdateSchema.shape.id })),
  // Communes/wards units sit in, and a round's results per commune/ward (issue 17).
  'areas.list': method<areas.Area[]>()(noInput),
  'areas.create': method<areas.Area>()(areas.areaCreateSchema),
  'areas.rename': method<areas.Area>()(areas.areaRenameSchema),
  'areas.remove': method<{ deleted: true; unlinked: number }>()(areas.areaRemoveSchema),
  'areas.roundResults': method<areas.AreaRoundResults>()(areas.areaRoundSchema),

  'units.list': method<UnitListResult>()(unitListSchema),
  'units.get': method<Unit>()(unitIdSchema),
  'units.create': method<Unit>()(unitCreateSchema),
  'units.update': method<Unit>()(unitUpdateSchema),
  'units.dissolve': method<Unit>()(unitDissolveSchema),
  'units.restore': method<Unit>()(unitIdSchema),
  'units.delete': method<{ deleted: true }>()(unitIdSchema),
  'units.history': method<ChangeLogEntry[]>()(unitIdSchema),
  'units.importPreview': method<UnitImportPreview>()(unitImportPreviewSchema),
  'units.importCommit': method<UnitImportResult>()(unitImportCommitSchema),
  'units.exportXlsx': method<DownloadFile>()(unitListSchema),
  'members.list': method<MemberListResult>()(memberListSchema),
  'members.get': method<Member>()(memberIdSchema),
  'members.create': method<Member>()(memberCreateSchema),
  'members.update': method<Member>()(memberUpdateSchema),
  'members.delete': method<{ deleted: true }>()(memberIdSchema),
  'members.events': method<MemberEvent[]>()(memberIdSchema),
  'members.addEvent': method<MemberWithEvents>()(memberEventSchema),
  'members.deleteEvent': method<MemberWithEvents>()(memberEventDeleteSchema),
  'members.stats': method<MemberStats>()(memberStatsSchema),
  'members.statsExport': method<DownloadFile>()(memberStatsSchema),
  'members.exportXlsx': method<DownloadFile>()(memberListSchema),
  'members.importPreview': method<MemberImportPreview>()(memberImportPreviewSchema),
  'members.importCommit': method<MemberImportResult>()(memberImportCommitSchema),
  'members.importDiscard': method<{ discarded: boolean }>()(memberImportDiscardSchema),
  'members.importRows': method<MemberImportRowsPage>()(memberImportRowsSchema),
  // Duplicate records of one person: find, merge, dismiss (issue 17).
  'members.duplicates': method<duplicates.MemberDuplicatesResult>()(duplicates.memberDuplicatesSchema),
  'members.merge': method<duplicates.MemberMergeResult>()(duplicates.memberMergeSchema),
  'members.markNotDuplicate': method<{ marked: true }>()(duplicates.memberNotDuplicateSchema),
  // Reports (issue 5): rounds, templates out, reports in, who has reported.
  'reports.defaultIndicators': method<reports.DefaultIndicator[]>()(noInput),
  'reports.listRounds': method<reports.RoundSummary[]>()(noInput),
  'reports.getRound': method<reports.RoundDetail>()(reports.roundIdSchema),
  'reports.createRound': method<reports.RoundDetail>()(reports.roundCreateSchema),
  'reports.updateRound': method<reports.RoundDetail>()(reports.roundUpdateSchema),
  'reports.saveIndicators': method<reports.RoundDetail>()(reports.saveIndicatorsSchema),
  'reports.deleteRound': method<{ deleted: true }>()(reports.roundIdSchema),
  'reports.writeTemplates': method<reports.TemplateWriteResult>()(reports.writeTemplatesSchema),
  'reports.templatesZip': method<DownloadFile>()(reports.roundRefSchema),
  'reports.unitTemplate': method<DownloadFile>()(reports.unitTemplateSchema),
  'reports.folderSuggestions': method<reports.FolderSuggestion[]>()(noInput),
  'reports.scanFolder': method<reports.ImportPreview>()(reports.scanFolderSchema),
  'reports.previewUpload': method<reports.ImportPreview>()(reports.previewUploadSchema),
  'reports.commitImport': method<reports.ImportResult>()(reports.commitImportSchema),
  'reports.discardImport': method<{ discarded: boolean }>()(reports.discardImportSchema),
  'reports.previewChoices': method<reports.ImportPreview>()(reports.previewChoicesSchema),
  'reports.status': method<reports.RoundStatus>()(reports.roundRefSchema),
  'reports.exportMissing': method<DownloadFile>()(reports.roundRefSchema),
  'reports.unitSubmissions': method<reports.UnitSubmissions>()(reports.submissionRefSchema),
  'reports.saveManual': method<reports.UnitSubmissions>()(reports.saveManualSchema),
  'reports.archivedFile': method<DownloadFile>()(reports.archivedFileSchema),
  'reports.useSubmission': method<reports.UnitSubmissions>()(reports.useSubmissionSchema),
  'reports.dashboard': method<reports.ReportsDashboard>()(noInput),
  'reports.planRoundDraft': method<roundFromPlan.PlanRoundDraft>()(roundFromPlan.planRoundDraftSchema),
  'reports.createRoundFromPlan': method<reports.RoundDetail>()(roundFromPlan.roundFromPlanSchema),
  // Reporting upward: the office fills its superior's template with the round's totals (issue 13).
  'reports.upwardPreview': method<upward.UpwardPreview>()(upward.upwardPreviewSchema),
  'reports.upwardFill': method<DownloadFile>()(upward.upwardFillSchema),
  'documents.list': method<documents.DocumentListResult>()(documents.documentListSchema),
  'documents.get': method<documents.DocumentRecord>()(documents.documentIdSchema),
  'documents.templates': method<documents.TemplateInfo[]>()(noInput),
  'documents.create': method<documents.CreateDocumentResult>()(documents.documentCreateSchema),
  'documents.save': method<documents.SaveDocumentResult>()(documents.documentSaveSchema),
  'documents.delete': method<{ deleted: true }>()(documents.documentIdSchema),
  'documents.versions': method<documents.DocumentVersionInfo[]>()(documents.documentIdSchema),
  'documents.restoreVersion': method<documents.DocumentRecord>()(documents.restoreVersionSchema),
  'documents.proposeNumber': method<documents.ProposedNumber>()(documents.proposeNumberSchema),
  'documents.issue': method<documents.DocumentRecord>()(documents.documentIssueSchema),
  'documents.duplicate': method<documents.DocumentRecord>()(documents.documentIdSchema),
  'documents.nextYear': method<documents.NextYearResult>()(documents.nextYearSchema),
  'documents.exportDocx': method<DownloadFile>()(documents.documentIdSchema),
  'documents.setIncoming': method<documents.DocumentRecord>()(documents.documentIncomingSchema),
  'documents.issuedPdf': method<DownloadFile>()(documents.documentIdSchema),
  'documents.attachPdf': method<{ kept: true }>()(documents.attachPdfSchema),
  'documents.saveAsTemplate': method<documents.TemplateInfo>()(documents.saveTemplateSchema),
  'documents.deleteTemplate': method<{ deleted: true }>()(documents.templateKeySchema),
  'documents.anniversaries': method<AnniversaryEvent[]>()(noInput),
  'documents.updateAnniversaries': method<AnniversaryEvent[]>()(documents.anniversariesUpdateSchema),
  // Incoming documents register and the two registers printed as books (issue 14).
  'incoming.list': method<incoming.IncomingListResult>()(incoming.incomingListSchema),
  'incoming.get': method<incoming.IncomingDocument>()(incoming.incomingIdSchema),
  'incoming.create': method<incoming.IncomingDocument>()(incoming.incomingCreateSchema),
  'incoming.update': method<incoming.IncomingDocument>()(incoming.incomingUpdateSchema),
  'incoming.delete': method<{ deleted: true }>()(incoming.incomingIdSchema),
  'incoming.file': method<DownloadFile>()(incoming.incomingIdSchema),
  'incoming.nextArrivalNo': method<{ year: number; next: number }>()(incoming.nextArrivalSchema),
  'incoming.dashboard': method<incoming.IncomingDashboard>()(noInput),
  'registers.incoming': method<incoming.IncomingRegister>()(incoming.registerSchema),
  'registers.outgoing': method<incoming.OutgoingRegister>()(incoming.registerSchema),
  // Activity log and results of a round (issue 6).
  'activities.types': method<activities.ActivityType[]>()(noInput),
  'activities.saveTypes': method<activities.ActivityType[]>()(activities.activityTypesSaveSchema),
  'activities.list': method<activities.ActivityListResult>()(activities.activityListSchema),
  'activities.get': method<activities.ActivityDetail>()(activities.activityIdSchema),
  'activities.create': method<activities.ActivitySaveResult>()(activities.activityCreateSchema),
  'activities.update': method<activities.ActivitySaveResult>()(activities.activityUpdateSchema),
  'activities.delete': method<{ deleted: true }>()(activities.activityIdSchema),
  'activities.forMember': method<activities.MemberSupport[]>()(activities.memberSupportSchema),
  'activities.priorSupport': method<activities.PriorSupport[]>()(activities.priorSupportSchema),
  'results.round': method<results.RoundResults>()(results.resultsRoundSchema),
  'results.saveSettings': method<results.RoundResults>()(results.resultsSettingsSchema),
  'results.sources': method<results.IndicatorSources>()(results.indicatorRefSchema),
  'results.byUnit': method<results.UnitBreakdown>()(results.indicatorRefSchema),
  'results.exportXlsx': method<DownloadFile>()(results.resultsRoundSchema),
  'results.draftReport': method<documents.CreateDocumentResult>()(results.draftReportSchema),
  // Backups and restore (issue 11).
  'backup.create': method<backup.BackupCreateResult>()(backup.backupCreateSchema),
  'backup.inspect': method<{ manifest: backup.BackupManifest; encrypted: boolean; current: backup.BackupCounts }>()(
    backup.backupOpenSchema,
  ),
  'backup.restore': method<{ manifest: backup.BackupManifest; safetyBackup: string; schemaVersion: number }>()(backup.backupOpenSchema),
  'backup.list': method<backup.BackupListResult>()(noInput),
  /** The step of the backup being written, for a progress bar (null when none is). */
  'backup.progress': method<{ phase: string; percent: number } | null>()(noInput),
  'backup.settings': method<backup.BackupSettings>()(noInput),
  'backup.updateSettings': method<backup.BackupSettings>()(backup.backupSettingsSchema),
  'recovery.status': method<backup.RecoveryStatus>()(noInput),
  'recovery.exportReadable': method<{ file: string; rows: Record<string, number>; unreadable: number }>()(
    z.strictObject({ folder: reports.folderSchema }),
  ),
  'recovery.restore': method<{ manifest: backup.BackupManifest; safetyBackup: string; schemaVersion: number }>()(backup.backupOpenSchema),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M] extends { __result?: infer R } ? R : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
