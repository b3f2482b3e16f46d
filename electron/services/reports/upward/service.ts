// "Điền mẫu của cấp trên": the office reports upward on its superior's template. Preview: read the
// file once, keep it under a batch id, propose an indicator for every row (by code, by what the
// clerk confirmed before, by label). Fill: write the round's totals — the same figures the results
// page shows — into a copy of the file, changing nothing else, and remember the clerk's matches.
import { randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';
import type { DownloadFile } from '../../../../shared/api/fields';
import { AppError } from '../../../../shared/api/result';
import { foldVi } from '../../../../shared/text/vi';
import {
  UPWARD_SURE_SCORE,
  upwardCellValue,
  upwardFileName,
  type UpwardFillInput,
  type UpwardIndicatorTotal,
  type UpwardPreview,
  type UpwardRow,
} from '../../../../shared/reports/upward-schema';
import type { ServiceContext } from '../../context';
import { createBatchStore } from '../../files/batches';
import { XLSX_MIME } from '../../files/workbook';
import { roundResults } from '../../results/compute';
import { analyse, type Analysis } from './analyse';
import { labelKey, Matcher } from './match';
import { openPackage, type XlsxPackage } from './parts';
import { rememberedMatches, roundUuid, saveMatches } from './repo';
import { colLetters, recalcOnLoad, writeNumbers, UnusualSheet } from './sheet-xml';

interface Held {
  roundId: number;
  fileName: string;
  data: Buffer;
}

/** The superior's file between its preview and its filling: half an hour, a few at a time. */
const held = createBatchStore<Held>({ ttlMs: 30 * 60_000, max: 4 });

const XLSM_MIME = 'application/vnd.ms-excel.sheet.macroEnabled.12';

interface Opened {
  pkg: XlsxPackage;
  analysis: Analysis;
  totals: UpwardIndicatorTotal[];
  missing: { missing: number; required: number };
}

async function open(ctx: ServiceContext, roundId: number, fileName: string, data: Buffer): Promise<Opened> {
  // The round first: a deleted round is said as such, before any word about the file.
  const results = roundResults(ctx, roundId);
  const pkg = await openPackage(data, fileName);
  const analysis = analyse(pkg, fileName);
  const totals = results.indicators.map((i) => ({
    indicatorId: i.id,
    code: i.code,
    label: i.label,
    unit: i.unit,
    kind: i.kind,
    total: i.total,
  }));
  return { pkg, analysis, totals, missing: { missing: results.counts.missing, required: results.counts.required } };
}

function proposeRows(ctx: ServiceContext, o: Opened): UpwardRow[] {
  const { analysis, totals } = o;
  const byCode = new Map(totals.map((t, i) => [foldVi(t.code), i]));
  const memory = rememberedMatches(ctx, analysis.templateKey);
  const fixed = new Map<number, number | null>();
  const source = new Map<number, UpwardRow['source']>();
  analysis.rows.forEach((r, n) => {
    if (!r.fillable) {
      fixed.set(n, null);
      return;
    }
    // What the clerk confirmed for this row before comes first, even over a code in the file.
    const key = rowMemoryKey(r);
    if (memory.has(key)) {
      const remembered = memory.get(key);
      const i = remembered === null ? null : byCode.get(foldVi(remembered ?? ''));
      // A remembered code this round does not have: matched again below.
      if (i !== undefined) {
        fixed.set(n, i);
        source.set(n, 'remembered');
        return;
      }
    }
    const code = r.code !== null ? byCode.get(foldVi(r.code)) : undefined;
    if (code !== undefined) {
      fixed.set(n, code);
      source.set(n, 'code');
    }
  });
  const matcher = new Matcher(totals.map((t) => ({ id: t.indicatorId, code: t.code, label: t.label, unit: t.unit, kind: t.kind })));
  const assigned = matcher.assign(
    analysis.rows.map((r) => ({ label: r.label, unit: r.unit, parentLabel: r.parentLabel })),
    fixed,
  );
  return analysis.rows.map((r, n) => {
    const a = assigned[n];
    const how = source.get(n) ?? (a.chosen !== null ? 'label' : 'none');
    return {
      key: r.key,
      row: r.row,
      number: r.number,
      label: r.label,
      unit: r.unit,
      indicatorId: a.chosen === null ? null : totals[a.chosen].indicatorId,
      source: how,
      confidence: how === 'code' || how === 'remembered' ? 1 : a.score,
      alternatives: a.alternatives.map((x) => ({ indicatorId: totals[x.i].indicatorId, score: x.score })),
      divisor: r.divisor,
      percentCell: r.percentCell,
      fillable: r.fillable,
    };
  });
}

function warnings(ctx: ServiceContext, roundId: number, o: Opened): string[] {
  const out: string[] = [];
  const counts = o.missing;
  if (counts.missing > 0) {
    out.push(
      `Còn ${counts.missing}/${counts.required} đơn vị chưa nộp báo cáo: số liệu điền vào chỉ gồm các đơn vị đã nộp và hoạt động đã ghi. ` +
        'Nếu chưa đến hạn gửi cấp trên, hãy chờ nhận đủ rồi điền lại.',
    );
  }
  if (o.analysis.superior && o.analysis.superior.roundUuid === roundUuid(ctx, roundId)) {
    out.push(
      'Tệp này là mẫu do chính văn phòng gửi cho đơn vị cơ sở trong đợt này, không phải mẫu của cấp trên. Hãy kiểm tra lại tệp đã chọn.',
    );
  }
  return out;
}

export async function upwardPreview(
  ctx: ServiceContext,
  roundId: number,
  file: { fileName: string; dataBase64: string },
): Promise<UpwardPreview> {
  const data = Buffer.from(file.dataBase64, 'base64');
  const o = await open(ctx, roundId, file.fileName, data);
  const batchId = randomUUID();
  held.put(ctx, batchId, { roundId, fileName: file.fileName, data });
  const a = o.analysis;
  return {
    batchId,
    fileName: file.fileName,
    kind: a.kind,
    sheet: a.sheet.name,
    headerRow: a.headerRow,
    labelColumn: colLetters(a.labelCol),
    valueColumn: colLetters(a.valueCol),
    superior: a.superior && { roundName: a.superior.roundName, unitName: a.superior.unitName },
    rows: proposeRows(ctx, o),
    indicators: o.totals,
    warnings: warnings(ctx, roundId, o),
  };
}

function heldFile(ctx: ServiceContext, input: UpwardFillInput): Held {
  if (input.file) return { roundId: input.roundId, fileName: input.file.fileName, data: Buffer.from(input.file.dataBase64, 'base64') };
  const h = held.get(ctx, input.batchId!);
  if (!h) {
    throw new AppError(
      'NOT_FOUND',
      'Tệp mẫu đã chọn không còn được giữ (đã quá 30 phút hoặc phần mềm vừa khởi động lại). Hãy chọn lại tệp mẫu của cấp trên.',
    );
  }
  if (h.roundId !== input.roundId) throw new AppError('INVALID_INPUT', 'Tệp mẫu này được chọn cho một đợt báo cáo khác. Hãy chọn lại tệp.');
  return h;
}

export async function upwardFill(ctx: ServiceContext, input: UpwardFillInput): Promise<DownloadFile> {
  const h = heldFile(ctx, input);
  const o = await open(ctx, input.roundId, h.fileName, h.data);
  const rows = new Map(o.analysis.rows.map((r) => [r.key, r]));
  const totals = new Map(o.totals.map((t) => [t.indicatorId, t]));
  const values: { r: number; c: number; value: number }[] = [];
  const learnt = new Map<string, string | null>();
  // Two rows with the same text answered differently ("Trong đó: …" under two parents without a
  // parent of their own): nothing is remembered for that text.
  const ambiguous = new Set<string>();
  const proposed = new Map(proposeRows(ctx, o).map((p) => [p.key, p]));
  for (const m of input.matches) {
    const row = rows.get(m.key);
    if (!row) throw new AppError('INVALID_INPUT', `Ô ${m.key} không nằm trong bảng của mẫu. Hãy chọn lại tệp và xem lại trước khi điền.`);
    const ind = m.indicatorId === null ? null : totals.get(m.indicatorId);
    if (ind === undefined) throw new AppError('INVALID_INPUT', 'Có chỉ tiêu không thuộc đợt báo cáo này. Hãy tải lại trang rồi thử lại.');
    const p = proposed.get(m.key);
    // Remember what the clerk chose or changed, and sure matches; not guesses they may never have looked at.
    const confirmed = !p || p.indicatorId !== m.indicatorId || p.source === 'remembered' || p.confidence >= UPWARD_SURE_SCORE;
    if (confirmed && (row.code === null || !ind || foldVi(row.code) !== foldVi(ind.code))) {
      const key = rowMemoryKey(row);
      const code = ind ? ind.code : null;
      if (learnt.has(key) && learnt.get(key) !== code) ambiguous.add(key);
      learnt.set(key, code);
    }
    if (!ind || !row.fillable) continue;
    const value = upwardCellValue(ind.total, ind.kind, row);
    if (value !== null) values.push({ r: row.row, c: row.col, value });
  }
  if (!values.length) {
    throw new AppError(
      'INVALID_INPUT',
      'Không có ô nào để điền: chưa dòng nào được ghép với chỉ tiêu có số liệu. Hãy chọn chỉ tiêu cho các dòng cần điền rồi thử lại.',
    );
  }
  for (const key of ambiguous) learnt.delete(key);
  const data = writeInto(o, values, h.fileName);
  if (input.remember && learnt.size) ctx.db.transaction(() => saveMatches(ctx, o.analysis.templateKey, learnt))();
  const fileName = upwardFileName(h.fileName);
  return { fileName, mimeType: fileName.endsWith('.xlsm') ? XLSM_MIME : XLSX_MIME, dataBase64: data.toString('base64') };
}

function writeInto(o: Opened, values: { r: number; c: number; value: number }[], fileName: string): Buffer {
  const parts = new Map(o.pkg.parts);
  const path = o.analysis.sheet.path;
  try {
    parts.set(path, Buffer.from(writeNumbers(parts.get(path)!.toString('utf8'), values), 'utf8'));
  } catch (e) {
    if (e instanceof UnusualSheet) {
      throw new AppError(
        'BAD_FILE',
        `Tệp "${fileName}": trang tính được ghi theo cách phần mềm chưa sửa được. Hãy mở tệp bằng Excel, lưu lại rồi chọn lại.`,
      );
    }
    throw e;
  }
  // Totals computed by the file's own formulas must include the new numbers when it is opened.
  const hasFormulas = [...parts].some(
    ([name, xml]) => name.startsWith('xl/worksheets/') && /<(?:\w+:)?f[\s>]/.test(xml.toString('latin1')),
  );
  const wbXml = parts.get('xl/workbook.xml');
  if (hasFormulas && wbXml) parts.set('xl/workbook.xml', Buffer.from(recalcOnLoad(wbXml.toString('utf8')), 'utf8'));
  return Buffer.from(zipSync(Object.fromEntries(parts), { level: 6 }));
}

/** A row as remembered: its text, under its parent's text for sub-rows ("Trong đó: …" repeats under many parents). */
function rowMemoryKey(r: { label: string; parentLabel: string | null }): string {
  return r.parentLabel ? `${labelKey(r.parentLabel)} › ${labelKey(r.label)}` : labelKey(r.label);
}
