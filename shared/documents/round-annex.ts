import { formLabel, indicatorRows, splitGroupNumeral, type FormIndicator } from '../reports/indicator-rows';
import { formatNumberVi } from '../reports/parse-number';
import { curlyQuotes } from '../text/typography';
import type { AnnexSignature, Block, OfficialDocument, TableBlock } from './model';

// The results form printed as the annex of a Tháng Công nhân plan or guidance ("theo mẫu gửi
// kèm"): the same rows, in the same order, as the .xlsx template the units receive, so the paper
// and the file are one form. The CĐCS fills it in, hence its own signature places.

export const REPORT_FORM_UNIT_LINE = 'Tên công đoàn cơ sở: ……………………………………………………';

export const REPORT_FORM_SIGNATURES: AnnexSignature[] = [
  { lines: ['NGƯỜI LẬP'], note: '(Ký, ghi rõ họ tên)' },
  { lines: ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH'], note: '(Ký tên, đóng dấu)' },
];

/**
 * The form's table: a bold group row per group (I, II… in the TT column), then one row per
 * indicator. Labels print with typographic quotes, as the body text beside them.
 */
export function reportFormTable(indicators: readonly (FormIndicator & { required?: boolean })[]): TableBlock {
  // The target column only when some indicator has a target: an empty column would only confuse.
  const withTarget = indicators.some((i) => i.target !== null);
  const columns = ['TT', 'Nội dung', 'Đơn vị tính', ...(withTarget ? ['Chỉ tiêu giao'] : []), 'Kết quả', 'Ghi chú'];
  const rows: string[][] = [];
  const boldRows: number[] = [];
  for (const item of indicatorRows(indicators)) {
    if (item.type === 'group') {
      const { numeral, text } = splitGroupNumeral(item.group);
      boldRows.push(rows.length);
      rows.push([numeral, curlyQuotes(text), ...columns.slice(2).map(() => '')]);
      continue;
    }
    const ind = item.indicator;
    const target = withTarget ? [ind.target === null ? '' : formatNumberVi(ind.target)] : [];
    rows.push([ind.code, curlyQuotes(formLabel(ind)), ind.unit ?? '', ...target, '', '']);
  }
  return { type: 'table', columns, rows, boldRows };
}

export function reportFormBlocks(indicators: readonly FormIndicator[]): Block[] {
  return [{ type: 'paragraph', text: REPORT_FORM_UNIT_LINE }, reportFormTable(indicators)];
}

export function hasReportForm(doc: Pick<OfficialDocument, 'annexes'>): boolean {
  return doc.annexes.some((a) => a.source === 'report-round');
}

/** The document with its results form(s) regenerated from `indicators`; other annexes untouched. */
export function withReportForm<T extends Pick<OfficialDocument, 'annexes'>>(doc: T, indicators: readonly FormIndicator[]): T {
  if (!hasReportForm(doc)) return doc;
  return {
    ...doc,
    annexes: doc.annexes.map((a) =>
      a.source === 'report-round' ? { ...a, blocks: reportFormBlocks(indicators), signatures: REPORT_FORM_SIGNATURES } : a,
    ),
  };
}
