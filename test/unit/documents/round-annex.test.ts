import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../shared/documents/api';
import type { TableBlock } from '../../../shared/documents/model';
import { REPORT_FORM_SIGNATURES } from '../../../shared/documents/round-annex';
import type { FormIndicator } from '../../../shared/reports/indicator-rows';
import type { RoundDetail } from '../../../shared/reports/schema';
import type { OfficeSettingsInput } from '../../../shared/settings/schema';
import { curlyQuotes } from '../../../shared/text/typography';
import { call, ok, testContext } from '../../support/context';
import { UNITS } from '../reports/helpers';
import { paragraphsOf, readDocx } from './read-docx';

// One form from plan to template: the results form printed with a Tháng Công nhân plan or guidance
// has the rows of the round's indicator set (the default set before a round exists) — the rows of
// the .xlsx template the units receive — while it is a draft, and stays as issued afterwards.
// "Tạo đợt báo cáo từ kế hoạch" pre-fills the round from the plan and links the two.

let ctx: ReturnType<typeof testContext>;
beforeEach(async () => {
  ctx = testContext(); // today: 22/11/2026
  await ok(ctx, 'settings.update', OFFICE);
  for (const u of UNITS) await ok(ctx, 'units.create', u);
});
afterEach(() => ctx.close());

const OFFICE: OfficeSettingsInput = {
  superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG',
  issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN',
  placeName: 'Vĩnh Thuận',
  codeSuffix: 'LĐLĐ',
  signerAuthority: 'TM. BAN THƯỜNG VỤ',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Lê Kim Thoa',
  recipients: ['Ban TG-NC LĐLĐ tỉnh', 'Các CĐCS trực thuộc', 'Lưu: VT'],
};

const createPlan = async (templateKey = 'tcn-ke-hoach', year = 2026) =>
  (await ok(ctx, 'documents.create', { templateKey, year, date: `${year}-03-20`, theme: 'Công nhân chủ động' })).document;

const formOf = (record: DocumentRecord) => {
  const annex = record.doc.annexes.find((a) => a.source === 'report-round');
  if (!annex) throw new Error('no results form');
  return { annex, table: annex.blocks.find((b): b is TableBlock => b.type === 'table')! };
};

type FormRow = { group: string } | { code: string; label: string; unit: string };

/** The annex table read back as groups and indicator rows. */
function annexRows(table: TableBlock): FormRow[] {
  const bold = new Set(table.boldRows ?? []);
  return table.rows.map((r, i) => (bold.has(i) ? { group: r[0] ? `${r[0]}. ${r[1]}` : r[1] } : { code: r[0], label: r[1], unit: r[2] }));
}

/** A row as printed: the same words, with typographic quotes. */
const printed = (row: FormRow): FormRow => ('group' in row ? { group: curlyQuotes(row.group) } : { ...row, label: curlyQuotes(row.label) });

/** The rows an indicator set must give: a group row when the group changes, then the indicator. */
function expectedRows(list: readonly FormIndicator[]): FormRow[] {
  const out: FormRow[] = [];
  let group: string | null = null;
  for (const i of list) {
    if (i.group && i.group !== group) out.push({ group: (group = i.group) });
    out.push({ code: i.code, label: i.label, unit: i.unit ?? '' });
  }
  return out.map(printed);
}

/** The rows of the .xlsx template a unit receives: merged group rows, then Mã | Nội dung | Đơn vị tính. */
async function templateRows(roundId: number, unitId: number): Promise<FormRow[]> {
  const file = await ok(ctx, 'reports.unitTemplate', { roundId, unitId });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Báo cáo')!;
  const text = (r: number, c: number) => String(ws.getCell(r, c).value ?? '');
  let r = 1;
  while (text(r, 1) !== 'Mã') r++;
  const rows: FormRow[] = [];
  for (r++; text(r, 1); r++) {
    const merged = ws.getCell(r, 2).isMerged && ws.getCell(r, 2).master.address === `A${r}`;
    rows.push(merged ? { group: text(r, 1) } : { code: text(r, 1), label: text(r, 2), unit: text(r, 3) });
  }
  return rows.map(printed);
}

async function roundFromPlan(documentId: number): Promise<RoundDetail> {
  const draft = await ok(ctx, 'reports.planRoundDraft', { documentId });
  return ok(ctx, 'reports.createRoundFromPlan', {
    documentId,
    name: draft.name,
    code: draft.code,
    periodFrom: draft.periodFrom,
    periodTo: draft.periodTo,
    deadline: draft.deadline ?? '2026-05-26',
    notes: draft.notes,
    indicators: draft.indicators,
  });
}

/** Indicators as saveIndicators takes them (a saved row keeps its id). */
const asInput = (list: readonly RoundDetail['indicators'][number][]) => list.map(({ sortOrder: _s, hasValues: _h, ...i }) => i);

const unitId = async () => (await ok(ctx, 'units.list', {})).items[0].id;

describe('the results form of a plan', () => {
  it('a fresh plan and guidance show the default indicator set, with the CĐCS signature places', async () => {
    const defaults = await ok(ctx, 'reports.defaultIndicators', {});
    for (const key of ['tcn-ke-hoach', 'tcn-huong-dan']) {
      const plan = await createPlan(key);
      const { annex, table } = formOf(plan);
      expect(annexRows(table)).toEqual(expectedRows(defaults));
      expect(table.rows.length).toBe(defaults.length + new Set(defaults.map((d) => d.group)).size);
      expect(table.columns).toEqual(['TT', 'Nội dung', 'Đơn vị tính', 'Chỉ tiêu giao', 'Kết quả', 'Ghi chú']);
      // The default set has one target (1.3: 80%): it is printed in its row.
      expect(table.rows.find((r) => r[0] === '1.3')).toEqual(['1.3', defaults[2].label, '%', '80', '', '']);
      expect(table.rows[0]).toEqual(['I', 'Tổ chức các hoạt động Tháng Công nhân', '', '', '', '']);
      // Quotes in a label print as in the body text.
      expect(table.rows.find((r) => r[0] === '3.1')![1]).toBe('Số nhà “Mái ấm Công đoàn” xây mới');
      expect(table.rows.flat().join('|')).not.toContain('"');
      expect(annex.signatures).toEqual(REPORT_FORM_SIGNATURES);
      expect(annex.signatures!.map((s) => s.lines)).toEqual([['NGƯỜI LẬP'], ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH']]);
    }
  });

  it('has the rows of the .xlsx template the units receive, and follows the round when its indicators change', async () => {
    const plan = await createPlan();
    const round = await roundFromPlan(plan.id);
    const linked = await ok(ctx, 'documents.get', { id: plan.id });
    expect(linked.round).toEqual({ id: round.id, code: round.code, name: round.name });
    expect(annexRows(formOf(linked).table)).toEqual(await templateRows(round.id, await unitId()));

    // The office drops a group, moves an indicator, renames one and adds one with a target.
    const kept = asInput(round.indicators).filter((i) => i.group !== 'III. Mái ấm Công đoàn');
    const [first, ...rest] = kept;
    const changed = [
      ...rest.map((i) => (i.code === '5.1' ? { ...i, label: 'Số đoàn viên công đoàn kết nạp mới' } : i)),
      first,
      {
        code: '8.1',
        group: 'VIII. Chỉ tiêu riêng của huyện',
        label: 'Số CĐCS đạt vững mạnh',
        unit: 'CĐCS',
        kind: 'count' as const,
        target: 12,
      },
    ];
    const saved = await ok(ctx, 'reports.saveIndicators', { roundId: round.id, indicators: changed });
    const after = await ok(ctx, 'documents.get', { id: plan.id });
    const { table } = formOf(after);
    expect(annexRows(table)).toEqual(expectedRows(saved.indicators));
    expect(annexRows(table)).toEqual(await templateRows(round.id, await unitId()));
    expect(table.rows.map((r) => r[0])).not.toContain('3.1');
    expect(table.rows.at(-1)).toEqual(['8.1', 'Số CĐCS đạt vững mạnh', 'CĐCS', '12', '', '']);
    // Group rows are the bold ones, and they are exactly the group headings.
    expect(table.boldRows!.map((i) => table.rows[i][0])).toEqual(['I', 'II', 'IV', 'V', 'VI', 'VII', 'I', 'VIII']);

    // The Word file has the same table.
    const file = await ok(ctx, 'documents.exportDocx', { id: plan.id });
    const lines = paragraphsOf(readDocx(Buffer.from(file.dataBase64, 'base64')).document).map((p) => p.text);
    expect(lines).toContain('Số đoàn viên công đoàn kết nạp mới');
    expect(lines).toContain('Chỉ tiêu riêng của huyện');
    expect(lines).not.toContain('Số nhà "Mái ấm Công đoàn" xây mới');
    for (const l of ['NGƯỜI LẬP', 'TM. BAN CHẤP HÀNH', '(Ký tên, đóng dấu)']) expect(lines).toContain(l);
  });

  it('a round without targets prints no target column', async () => {
    const plan = await createPlan();
    const round = await roundFromPlan(plan.id);
    await ok(ctx, 'reports.saveIndicators', {
      roundId: round.id,
      indicators: asInput(round.indicators).map((i) => ({ ...i, target: null })),
    });
    const { table } = formOf(await ok(ctx, 'documents.get', { id: plan.id }));
    expect(table.columns).toEqual(['TT', 'Nội dung', 'Đơn vị tính', 'Kết quả', 'Ghi chú']);
    expect(table.rows.every((r) => r.length === 5)).toBe(true);
  });

  it('an issued plan keeps the form it was issued with when the indicators change', async () => {
    const plan = await createPlan();
    const round = await roundFromPlan(plan.id);
    const issued = await ok(ctx, 'documents.issue', { id: plan.id, number: null, date: '2026-04-01' });
    const before = formOf(issued).table;
    expect(annexRows(before)).toEqual(expectedRows(round.indicators));

    await ok(ctx, 'reports.saveIndicators', { roundId: round.id, indicators: asInput(round.indicators.slice(0, 3)) });
    const again = await ok(ctx, 'documents.get', { id: plan.id });
    expect(again.state).toBe('issued');
    expect(formOf(again).table).toEqual(before);
    expect(again.round?.id).toBe(round.id);
    const file = await ok(ctx, 'documents.exportDocx', { id: plan.id });
    const lines = paragraphsOf(readDocx(Buffer.from(file.dataBase64, 'base64')).document).map((p) => p.text);
    expect(lines).toContain(round.indicators[20].label);
  });

  it('the link survives autosaves and restores; a deleted round leaves the draft with the default form', async () => {
    const plan = await createPlan();
    const round = await roundFromPlan(plan.id);
    await ok(ctx, 'reports.saveIndicators', { roundId: round.id, indicators: asInput(round.indicators.slice(0, 5)) });
    const opened = await ok(ctx, 'documents.get', { id: plan.id });
    await ok(ctx, 'documents.save', { id: plan.id, doc: { ...opened.doc, title: `${opened.doc.title} (sửa)` }, manual: true });
    const saved = await ok(ctx, 'documents.get', { id: plan.id });
    expect(saved.round?.id).toBe(round.id);
    expect(formOf(saved).table.rows.filter((r) => r[0].includes('.'))).toHaveLength(5);
    const versions = await ok(ctx, 'documents.versions', { id: plan.id });
    const restored = await ok(ctx, 'documents.restoreVersion', { id: plan.id, versionId: versions.at(-1)!.id });
    expect(restored.round?.id).toBe(round.id);

    await ok(ctx, 'reports.deleteRound', { id: round.id });
    const orphan = await ok(ctx, 'documents.get', { id: plan.id });
    expect(orphan.round).toBeNull();
    expect(annexRows(formOf(orphan).table)).toEqual(expectedRows(await ok(ctx, 'reports.defaultIndicators', {})));
    // A new round with the next id is not taken for the deleted one.
    await ok(ctx, 'reports.createRound', { name: 'Đợt khác', code: 'KHAC', deadline: '2026-12-01', indicators: [] });
    expect((await ok(ctx, 'documents.get', { id: plan.id })).round).toBeNull();
  });

  it('copies of a linked plan (new draft, next year) are not linked', async () => {
    const plan = await createPlan();
    await roundFromPlan(plan.id);
    expect((await ok(ctx, 'documents.duplicate', { id: plan.id })).round).toBeNull();
    expect((await ok(ctx, 'documents.nextYear', { id: plan.id, year: 2027 })).document!.round).toBeNull();
  });
});

describe('Tạo đợt báo cáo từ kế hoạch', () => {
  it('pre-fills the name, code, period, deadline and indicators from the plan', async () => {
    const plan = await createPlan();
    const draft = await ok(ctx, 'reports.planRoundDraft', { documentId: plan.id });
    expect(draft).toMatchObject({
      documentId: plan.id,
      kindName: 'Kế hoạch',
      name: 'Báo cáo kết quả Tháng Công nhân năm 2026',
      code: 'TCN2026',
      periodFrom: '2026-05-01',
      periodTo: '2026-05-31',
      deadline: '2026-05-26',
      round: null,
    });
    expect(draft.notes).toContain('Kế hoạch');
    expect(draft.indicators.map((i) => i.code)).toEqual(
      formOf(plan)
        .table.rows.filter((_r, i) => !formOf(plan).table.boldRows!.includes(i))
        .map((r) => r[0]),
    );

    const guidance = await createPlan('tcn-huong-dan');
    expect(await ok(ctx, 'reports.planRoundDraft', { documentId: guidance.id })).toMatchObject({
      kindName: 'Hướng dẫn',
      deadline: '2026-05-31',
      periodFrom: '2026-05-01',
    });
  });

  it('reads the dates the clerk typed into the plan, and suggests a free code', async () => {
    const plan = await createPlan();
    const body = plan.doc.body.map((b) =>
      b.type === 'table'
        ? b
        : {
            ...b,
            text: b.text
              .replace('Thời gian: Thực hiện từ ngày 01/5 đến 31/5/2026', 'Thời gian: Thực hiện từ ngày 20/4 đến ngày 15/6/2026')
              .replace('trước ngày 26/5/2026', 'trước ngày 10/6/2026'),
          },
    );
    await ok(ctx, 'documents.save', { id: plan.id, doc: { ...plan.doc, body } });
    await ok(ctx, 'reports.createRound', { name: 'Đợt cũ', code: 'TCN2026', deadline: '2026-05-26', indicators: [] });
    expect(await ok(ctx, 'reports.planRoundDraft', { documentId: plan.id })).toMatchObject({
      code: 'TCN2026-2',
      periodFrom: '2026-04-20',
      periodTo: '2026-06-15',
      deadline: '2026-06-10',
    });
  });

  it('creates the round linked to the plan, once; the issued plan keeps its number in the notes', async () => {
    const plan = await createPlan();
    await ok(ctx, 'documents.issue', { id: plan.id, number: 29, date: '2026-03-28' });
    const draft = await ok(ctx, 'reports.planRoundDraft', { documentId: plan.id });
    expect(draft.notes).toBe('Theo Kế hoạch số 29/KH-LĐLĐ ngày 28/3/2026.');
    const round = await roundFromPlan(plan.id);
    expect(round).toMatchObject({ code: 'TCN2026', periodFrom: '2026-05-01', periodTo: '2026-05-31', deadline: '2026-05-26' });
    expect(round.indicators.map((i) => i.code)).toEqual(draft.indicators.map((i) => i.code));
    expect(round.unitIds).toHaveLength(UNITS.length);
    expect((await ok(ctx, 'documents.get', { id: plan.id })).round?.id).toBe(round.id);
    expect((await ok(ctx, 'reports.planRoundDraft', { documentId: plan.id })).round?.id).toBe(round.id);

    const { kindName: _k, round: _r, ...fields } = draft;
    const twice = await call(ctx, 'reports.createRoundFromPlan', { ...fields, code: 'TCN2026-B', deadline: '2026-05-26' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!twice.ok) expect(twice.error.message).toMatch(/đã có đợt báo cáo .*Mở đợt báo cáo/);
    expect((await ok(ctx, 'reports.listRounds', {})).map((r) => r.code)).toEqual(['TCN2026']);
  });

  it('refuses a document without a results form and bad input, in Vietnamese, changing nothing', async () => {
    const letter = (await ok(ctx, 'documents.create', { templateKey: 'cong-van', year: 2026, date: '2026-03-20' })).document;
    const r = await call(ctx, 'reports.planRoundDraft', { documentId: letter.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(/không kèm mẫu báo cáo/);

    const plan = await createPlan();
    const bad = await call(ctx, 'reports.createRoundFromPlan', {
      documentId: plan.id,
      name: 'Báo cáo',
      code: 'TCN 2026',
      periodFrom: '2026-05-31',
      periodTo: '2026-05-01',
      deadline: '2026-05-26',
      indicators: [],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!bad.ok) expect(Object.keys(bad.error.fields ?? {})).toEqual(expect.arrayContaining(['code', 'periodTo']));
    const gone = await call(ctx, 'reports.planRoundDraft', { documentId: 99999 });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ok(ctx, 'reports.listRounds', {})).toEqual([]);
  });
});
