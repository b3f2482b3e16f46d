// Templates out: one .xlsx per unit, into a folder (USB stick) or as one .zip download.
import { silentProgress, type Progress } from '../progress';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { DownloadFile } from '../../../shared/api/fields';
import { AppError } from '../../../shared/api/result';
import { templateFileName } from '../../../shared/reports/file-name';
import type { Indicator, TemplateWriteResult } from '../../../shared/reports/schema';
import { compareVi, oneLine } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { XLSX_MIME } from '../files/workbook';
import { readOfficeSettings } from '../settings/office';
import { checkFolder, writeErrorMessage } from './folders';
import { getRoundRow, listIndicators, roundUnits, type RoundRow, type UnitLite } from './repo';
import { templateSigner } from './template-signature';
import { TemplateFactory } from './template-factory';
import { buildTemplate, makeProtection, templateBuffer } from './template-writer';

interface Prepared {
  round: RoundRow;
  indicators: Indicator[];
  units: UnitLite[];
  office: { issuingBody: string | null };
}

function prepare(ctx: ServiceContext, roundId: number, unitIds?: number[]): Prepared {
  const round = getRoundRow(ctx, roundId);
  const indicators = listIndicators(ctx, roundId);
  if (!indicators.length) {
    throw new AppError('CONFLICT', `Đợt "${round.name}" chưa có chỉ tiêu nào. Hãy thêm chỉ tiêu (thẻ "Chỉ tiêu") trước khi gửi mẫu.`);
  }
  let units = roundUnits(ctx, roundId);
  if (unitIds) {
    const wanted = new Set(unitIds);
    units = units.filter((u) => wanted.has(u.id));
  }
  if (!units.length) {
    throw new AppError('CONFLICT', `Đợt "${round.name}" chưa có đơn vị nào phải báo cáo. Hãy sửa đợt và chọn đơn vị.`);
  }
  units.sort((a, b) => compareVi(a.code, b.code) || compareVi(a.name, b.name));
  const office = readOfficeSettings(ctx);
  return { round, indicators, units, office: { issuingBody: office ? oneLine(office.issuingBody) : null } };
}

/** Yields each unit's file name and bytes; the protection hash is computed once for all. */
async function* generate(ctx: ServiceContext, p: Prepared): AsyncGenerator<{ unit: UnitLite; fileName: string; data: Buffer }> {
  const factory = new TemplateFactory(p.round, p.indicators, p.office, await makeProtection(), ctx.now(), templateSigner(ctx));
  const used = new Set<string>();
  for (const unit of p.units) {
    let fileName = templateFileName(p.round.code, unit.code, unit.name);
    // Two codes that differ only by characters a file name cannot hold: keep both files.
    for (let n = 2; used.has(fileName.toLowerCase()); n++) fileName = fileName.replace(/(_\d+)?\.xlsx$/, `_${n}.xlsx`);
    used.add(fileName.toLowerCase());
    yield { unit, fileName, data: await factory.build(unit) };
  }
}

export async function writeTemplates(
  ctx: ServiceContext,
  input: { roundId: number; folder: string; overwrite?: boolean; unitIds?: number[]; createFolder?: boolean },
  progress: Progress = silentProgress,
): Promise<TemplateWriteResult> {
  const folder = await folderToWrite(input.folder, input.createFolder ?? false);
  const p = prepare(ctx, input.roundId, input.unitIds);
  const written: string[] = [];
  const skipped: TemplateWriteResult['skipped'] = [];
  // Files on the USB are written one by one from the start: no "cancel" here (see the window).
  await progress.phase('Đang ghi mẫu báo cáo', p.units.length, { commit: true });
  for await (const t of generate(ctx, p)) {
    await progress.step(written.length + skipped.length);
    const target = path.join(folder, t.fileName);
    try {
      await fs.promises.writeFile(target, t.data, { flag: input.overwrite ? 'w' : 'wx' });
      written.push(t.fileName);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        skipped.push({
          fileName: t.fileName,
          reason: 'Đã có tệp cùng tên trong thư mục (có thể là báo cáo đơn vị đã điền), nên không ghi đè.',
        });
        continue;
      }
      throw new AppError('BAD_FILE', `${writeErrorMessage(e, folder)} Đã ghi được ${written.length} tệp.`);
    }
  }
  return { folder, written, skipped };
}

/**
 * The folder to write into: existing, or created when the clerk agreed. A folder not there yet
 * is a NOT_FOUND on the field, which the window answers by asking "Tạo thư mục?".
 */
async function folderToWrite(input: string, create: boolean): Promise<string> {
  if (path.isAbsolute(input) && !fs.existsSync(input)) {
    if (!create) {
      const msg = `Chưa có thư mục "${input}".`;
      throw new AppError('NOT_FOUND', `${msg} Bấm "Tạo thư mục" để tạo rồi ghi mẫu vào đó.`, { folder: msg });
    }
    try {
      await fs.promises.mkdir(input, { recursive: true });
    } catch (e) {
      throw new AppError('BAD_FILE', writeErrorMessage(e, input));
    }
  }
  return checkFolder(input);
}

export async function templatesZip(ctx: ServiceContext, roundId: number): Promise<DownloadFile> {
  const p = prepare(ctx, roundId);
  const files: Record<string, Uint8Array> = {};
  for await (const t of generate(ctx, p)) files[t.fileName] = t.data;
  // .xlsx files are already compressed: store them as they are.
  const zip = zipSync(files, { level: 0 });
  return { fileName: `Mau_bao_cao_${p.round.code}.zip`, mimeType: 'application/zip', dataBase64: Buffer.from(zip).toString('base64') };
}

export async function unitTemplate(ctx: ServiceContext, roundId: number, unitId: number): Promise<DownloadFile> {
  const p = prepare(ctx, roundId);
  const unit = p.units.find((u) => u.id === unitId);
  if (!unit) throw new AppError('NOT_FOUND', 'Đơn vị này không có trong danh sách phải báo cáo của đợt. Hãy sửa đợt để thêm đơn vị.');
  const data = await templateBuffer(
    buildTemplate(p.round, p.indicators, unit, p.office, await makeProtection(), ctx.now(), templateSigner(ctx)),
  );
  return { fileName: templateFileName(p.round.code, unit.code, unit.name), mimeType: XLSX_MIME, dataBase64: data.toString('base64') };
}
