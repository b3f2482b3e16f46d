import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundDetail } from '../../../shared/reports/schema';
import { paragraphsOf, readDocx, tablesOf } from '../documents/read-docx';
import { ok, testContext } from '../../support/context';
import { buildReportDocument, type DraftInput } from '../../../electron/services/results/draft-document';
import type { OfficialDocument } from '../../../shared/documents/model';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { UNKNOWN_FIGURE, percentText } from '../../../shared/text/typography';

// The BÁO CÁO drafted from a round: a draft of the documents feature with the figures written into
// the text and an annex (landscape) with every indicator per sector and in total; the .xlsx export.

const ctx = testContext(); // today: 22/11/2026
afterAll(() => ctx.close());

let round: RoundDetail;
const ids: Record<string, number> = {};
const OUT = process.env.RESULTS_DOCX_OUT;

beforeAll(async () => {
  await ok(ctx, 'settings.update', {
    superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG',
    issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN',
    placeName: 'Vĩnh Thuận',
    codeSuffix: 'LĐLĐ',
    signerAuthority: 'TM. BAN THƯỜNG VỤ',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Lê Kim Thoa',
    recipients: ['Ban TG-NC LĐLĐ tỉnh', 'Thường trực LĐLĐ huyện', 'Lưu VT; TG-NC.'],
  });
  const sectors = await ok(ctx, 'sectors.list', {});
  const sector = (name: string) => sectors.find((s) => s.name === name)!.id;
  for (const [code, name, s] of [
    ['CD001', 'Trường THCS Vĩnh Thuận', 'Giáo dục'],
    ['CD002', 'Công ty TNHH Thủy sản Minh Phú', 'Doanh nghiệp ngoài nhà nước'],
    ['CD003', 'UBND xã Vĩnh Bình Bắc', 'Xã, phường, thị trấn'],
    ['CD004', 'Công ty CP Chế biến Hải sản', 'Doanh nghiệp ngoài nhà nước'],
  ] as const) {
    ids[code] = (await ok(ctx, 'units.create', { code, name, sectorId: sector(s) })).id;
  }
  const indicators = await ok(ctx, 'reports.defaultIndicators', {});
  const values = (r: RoundDetail, v: Record<string, number | string>) =>
    Object.entries(v).map(([code, value]) => ({ indicatorId: r.indicators.find((i) => i.code === code)!.id, value }));

  // Last year's round, for the comparison.
  const prev = await ok(ctx, 'reports.createRound', {
    name: 'Kết quả Tháng Công nhân năm 2025',
    code: 'TCN2025',
    deadline: '2025-05-26',
    periodFrom: '2025-05-01',
    periodTo: '2025-05-31',
    indicators,
  });
  await ok(ctx, 'reports.saveManual', {
    roundId: prev.id,
    unitId: ids.CD001,
    receivedOn: '2025-05-20',
    values: values(prev, { '1.1': 2, '2.1': 100, '2.3': 50_000_000 }),
  });

  round = await ok(ctx, 'reports.createRound', {
    name: 'Kết quả Tháng Công nhân năm 2026',
    code: 'TCN2026',
    deadline: '2026-11-20',
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
    indicators,
  });
  await ok(ctx, 'reports.saveManual', {
    roundId: round.id,
    unitId: ids.CD001,
    receivedOn: '2026-11-15',
    values: values(round, {
      '1.1': 4,
      '1.2': 120,
      '1.3': 90,
      '2.1': 1000,
      '2.1.1': 3,
      '2.2': 1000,
      '2.3': 400_000_000,
      '2.3.1': 150_000_000,
      '4.1': 2,
      '5.1': 12,
    }),
    difficulties: 'Kinh phí hoạt động còn hạn chế',
    proposals: 'Đề nghị LĐLĐ huyện hỗ trợ kinh phí tổ chức hội thao',
  });
  await ok(ctx, 'reports.saveManual', {
    roundId: round.id,
    unitId: ids.CD002,
    receivedOn: '2026-11-21',
    values: values(round, { '1.1': 6, '1.2': 800, '1.3': 70, '2.1': 232, '2.2': 230, '2.3': 52_000_000, '2.3.2': 40_000_000, '4.1': 1 }),
  });
  const types = await ok(ctx, 'activities.types', {});
  const type = (name: string) => types.find((t) => t.name === name)!.id;
  // Seed 000 §6: the office's own activities.
  await ok(ctx, 'activities.create', {
    typeId: type('Lễ phát động, mít tinh'),
    date: '2026-11-02',
    title: 'Lễ phát động Tháng Công nhân gắn với Tháng hành động về ATVSLĐ',
    place: 'Hội trường UBND huyện',
    participants: 250,
  });
  const m1 = await ok(ctx, 'members.create', { unitId: ids.CD003, name: 'Trần Thị Bé' });
  const m2 = await ok(ctx, 'members.create', { unitId: ids.CD004, name: 'Lê Văn Tám' });
  await ok(ctx, 'activities.create', {
    typeId: type('Thăm hỏi, tặng quà'),
    date: '2026-11-10',
    title: 'Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn',
    moneyUnion: 4_000_000,
    beneficiaries: [
      { memberId: m1.id, situation: 'hardship' },
      { memberId: m2.id, situation: 'accident' },
    ],
  });
  await ok(ctx, 'activities.create', {
    typeId: type('Khám sức khỏe, tầm soát bệnh'),
    date: '2026-11-18',
    title: 'Phối hợp phòng khám tầm soát sức khỏe cho đoàn viên',
    participants: 150,
    moneySocial: 30_000_000,
  });
});

describe('results of the round', () => {
  it('adds the office activities to the unit reports and compares with last year', async () => {
    const r = await ok(ctx, 'results.round', { roundId: round.id });
    const t = (code: string) => r.indicators.find((i) => i.code === code)!;
    expect(t('1.1').total).toBe(4 + 6 + 3);
    expect(t('2.1')).toMatchObject({ total: 1234, reports: 1232, office: 2, reportCount: 2, activityCount: 1 });
    expect(t('2.1.1').total).toBe(4);
    expect(t('2.1.4').total).toBe(1);
    expect(t('2.3').total).toBe(456_000_000);
    expect(t('6.4').total).toBe(150);
    expect(t('1.3').total).toBe(80); // average of 90 and 70
    expect(r.previous).toMatchObject({ code: 'TCN2025', year: 2025 });
    expect(t('2.1').previous).toBe(100);
    expect(r.counts).toMatchObject({ required: 4, received: 2, late: 1, missing: 2 });
    const sources = await ok(ctx, 'results.sources', { roundId: round.id, indicatorId: t('2.1').id });
    expect(sources.submissions.map((s) => [s.unitCode, s.value, s.source])).toEqual([
      ['CD002', 232, 'manual'],
      ['CD001', 1000, 'manual'],
    ]);
    expect(sources.activities).toMatchObject([{ title: 'Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn', status: 'office', value: 2 }]);
  });
});

describe('BÁO CÁO as a Word document', () => {
  it('drafts a BC document with the totals in the text and an annex of every indicator', async () => {
    // The plan it answers, issued: quoted in the basis line.
    const plan = await ok(ctx, 'documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-20' });
    await ok(ctx, 'documents.issue', { id: plan.document.id, number: 29, date: '2026-03-28' });

    const { document, warnings } = await ok(ctx, 'results.draftReport', { roundId: round.id, date: '2026-11-22' });
    expect(document).toMatchObject({
      kind: 'BC',
      state: 'draft',
      year: 2026,
      title: 'Kết quả tổ chức các hoạt động Tháng Công nhân năm 2026',
    });
    expect(warnings.join(' ')).not.toMatch(/kế hoạch/i);
    const list = await ok(ctx, 'documents.list', { kind: 'BC' });
    expect(list.items.map((d) => d.id)).toContain(document.id);

    const file = await ok(ctx, 'documents.exportDocx', { id: document.id });
    const buf = Buffer.from(file.dataBase64, 'base64');
    if (OUT) fs.writeFileSync(OUT, buf);
    const docx = readDocx(buf);
    const text = paragraphsOf(docx.document)
      .map((p) => p.text)
      .join('\n');
    for (const expected of [
      'BÁO CÁO',
      'Kết quả tổ chức các hoạt động Tháng Công nhân năm 2026',
      // The short form 'LĐLĐ huyện' is introduced where the name is first written.
      'Thực hiện Kế hoạch số 29/KH-LĐLĐ ngày 28/3/2026 của Ban Thường vụ Liên đoàn Lao động (LĐLĐ) huyện Vĩnh Thuận',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. TỒN TẠI, HẠN CHẾ',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Công đoàn hai cấp đã tổ chức 13 hoạt động',
      'Công đoàn hai cấp đã tổ chức thăm hỏi, tặng quà 1.234 lượt đoàn viên, người lao động (trong đó: 4 người bị tai nạn lao động',
      'với tổng số tiền 456.000.000 đồng (trong đó: từ nguồn tài chính công đoàn 154.000.000 đồng; người sử dụng lao động hỗ trợ 40.000.000 đồng',
      'Có 2/4 công đoàn cơ sở (50%) tổ chức ít nhất 01 hoạt động',
      'Ngày 02/11/2026: Lễ phát động Tháng Công nhân gắn với Tháng hành động về ATVSLĐ (tại Hội trường UBND huyện, 250 người tham gia).',
      'còn 2/4 công đoàn cơ sở chưa gửi báo cáo kết quả (Công ty CP Chế biến Hải sản, UBND xã Vĩnh Bình Bắc)',
      'Trường THCS Vĩnh Thuận: Đề nghị LĐLĐ huyện hỗ trợ kinh phí tổ chức hội thao.',
      'TỔNG HỢP KẾT QUẢ TỔ CHỨC CÁC HOẠT ĐỘNG THÁNG CÔNG NHÂN NĂM 2026',
    ]) {
      expect(text).toContain(expected);
    }
    // The annex table: header, a row per indicator with its sectors, total and last year.
    const cells = [...docx.document.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
    );
    const head = [
      'TT',
      'Nội dung',
      'Đơn vị tính',
      'Giáo dục',
      'Doanh nghiệp ngoài nhà nước',
      'Xã, phường, thị trấn',
      'LĐLĐ huyện tổ chức',
      'Tổng số',
      'Cùng kỳ năm 2025',
    ];
    const start = cells.indexOf('TT');
    expect(cells.slice(start, start + head.length)).toEqual(head);
    const row = (code: string) => cells.slice(cells.indexOf(code, start), cells.indexOf(code, start) + head.length);
    expect(row('2.1')).toEqual([
      '2.1',
      'Số đoàn viên, người lao động được thăm hỏi, tặng quà',
      'người',
      '1.000',
      '232',
      '0',
      '2',
      '1.234',
      '100',
    ]);
    expect(row('2.3')).toEqual([
      '2.3',
      'Tổng số tiền thăm hỏi, tặng quà (tiền mặt và quà quy ra tiền)',
      'đồng',
      '400.000.000',
      '52.000.000',
      '0',
      '4.000.000',
      '456.000.000',
      '50.000.000',
    ]);
    expect(row('1.3').slice(-6)).toEqual(['90%', '70%', '', '', '80%', '']);
    expect(text).toContain(
      'Ghi chú: cột “Tổng số” gồm số liệu báo cáo của các công đoàn cơ sở và các hoạt động do LĐLĐ huyện trực tiếp tổ chức.',
    );
    // Zero figures are left out of the sentences.
    expect(text).not.toMatch(/\b0 (người|nhà|cuộc|kiến nghị|đồng)\b/);
    // The annex: group rows bold with their numeral centred; the header row bold.
    const annexTable = tablesOf(docx.document).find((t) => t.includes('>Cùng kỳ năm 2025<'))!;
    const rows = [...annexTable.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map((m) => paragraphsOf(m[0]));
    const group = rows.find((r) => r[0]?.text === 'II')!;
    expect(group[1].text).toBe('THĂM HỎI, TẶNG QUÀ ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG');
    expect(group[0].pPr).toContain('<w:jc w:val="center"/>');
    expect(group.filter((p) => p.text).every((p) => p.runs.every((r) => r.bold))).toBe(true);
    const item = rows.find((r) => r[0]?.text === '2.1')!;
    expect(item[0].pPr).toContain('<w:jc w:val="center"/>');
    expect(item.some((p) => p.runs.some((r) => r.bold))).toBe(false);
    expect(rows[0].filter((p) => p.text).every((p) => p.runs.every((r) => r.bold))).toBe(true);
    // Labels with straight quotes print typographic ones.
    expect(cells).toContain('Số nhà “Mái ấm Công đoàn” xây mới');
    expect(cells.join('|')).not.toContain('"');
    // One rule for percentages: at most one decimal, comma.
    expect(text).toContain('(đạt 50%)');
    // NĐ 30's file copy line.
    expect(text).toContain('- Lưu: VT, TG-NC.');
    // The annex is a landscape section.
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="landscape"\/>|w:orient="landscape"/);
  });
});

describe('BÁO CÁO wording', () => {
  const office = {
    ...EXAMPLE_OFFICE,
    issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN',
    recipients: ['Thường trực LĐLĐ huyện', 'Lưu VT.'],
  };
  const draft = async (members: DraftInput['members']) =>
    buildReportDocument({
      office,
      results: await ok(ctx, 'results.round', { roundId: round.id }),
      date: '2026-11-22',
      members,
      plan: null,
      officeActivities: [],
      missingUnits: [],
      difficulties: [],
      proposals: [],
    });
  const allText = (doc: OfficialDocument) => [...doc.intro, ...doc.body.map((b) => (b.type === 'table' ? '' : b.text))].join('\n');

  it('leaves an unknown count as a marked blank, never 0', async () => {
    for (const members of [null, { asOf: '2026-11-22', units: 0, members: 0 }, { asOf: '2026-11-22', units: 4, members: 0 }]) {
      const text = allText(await draft(members));
      expect(text).toContain(`với ${UNKNOWN_FIGURE} đoàn viên`);
      expect(text).not.toMatch(/\b0 (đoàn viên|công đoàn cơ sở trực thuộc)/);
    }
    expect(allText(await draft({ asOf: '2026-11-22', units: 4, members: 1234 }))).toContain(
      'LĐLĐ huyện có 4 công đoàn cơ sở trực thuộc với 1.234 đoàn viên',
    );
  });

  it('introduces the short name at its first use and writes the file copy line as NĐ 30 does', async () => {
    const doc = await draft(null);
    expect(doc.intro[0]).toMatch(/^Ban Thường vụ Liên đoàn Lao động \(LĐLĐ\) huyện Vĩnh Thuận báo cáo/);
    const first = allText(doc).indexOf('LĐLĐ huyện');
    expect(first).toBeGreaterThan(allText(doc).indexOf('(LĐLĐ)'));
    expect(doc.recipients).toEqual(['Thường trực LĐLĐ huyện', 'Lưu: VT']);
  });

  it('writes every percentage with at most one decimal and a comma', async () => {
    const text = allText(await draft(null));
    const percents = [...text.matchAll(/(\d+(?:,\d+)?)%/g)].map((m) => m[1]);
    expect(percents.length).toBeGreaterThan(0);
    for (const p of percents) expect(p).toMatch(/^\d+(,\d)?$/);
    expect(percentText(91.6666)).toBe('91,7%');
    expect(percentText(87.5)).toBe('87,5%');
  });
});

describe('.xlsx export', () => {
  it('writes TT | Nội dung | Đơn vị tính | Số lượng | Ghi chú with the totals', async () => {
    const file = await ok(ctx, 'results.exportXlsx', { roundId: round.id });
    expect(file.fileName).toBe('Ket_qua_TCN2026_2026-11-22.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Kết quả')!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const head = rows.findIndex((r) => r[0] === 'TT');
    expect(rows[head]).toEqual(['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú']);
    const byCode = (code: string) => rows.find((r) => r[0] === code)!;
    expect(byCode('2.1').slice(0, 4)).toEqual(['2.1', 'Số đoàn viên, người lao động được thăm hỏi, tặng quà', 'người', 1234]);
    expect(byCode('2.3')[3]).toBe(456_000_000);
    expect(String(byCode('2.1')[4])).toContain('2 CĐCS báo cáo; văn phòng tổ chức 2');
    expect(rows.find((r) => r[0] === 'II')?.[1]).toBe('Thăm hỏi, tặng quà đoàn viên, người lao động');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kết quả', 'Theo khối', 'Theo đơn vị']);
  });
});

describe('comparison with last year', () => {
  it('follows changes to last year’s reports (the comparison is cached by their state)', async () => {
    const prev = (await ok(ctx, 'reports.listRounds', {})).find((r) => r.code === 'TCN2025')!;
    const prevDetail = await ok(ctx, 'reports.getRound', { id: prev.id });
    const i21 = prevDetail.indicators.find((i) => i.code === '2.1')!.id;
    const total = async () => (await ok(ctx, 'results.round', { roundId: round.id })).indicators.find((i) => i.code === '2.1')!.previous;
    expect(await total()).toBe(100);
    await ok(ctx, 'reports.saveManual', {
      roundId: prev.id,
      unitId: ids.CD002,
      receivedOn: '2025-05-21',
      values: [{ indicatorId: i21, value: 40 }],
    });
    expect(await total()).toBe(140);
    // A corrected report replaces the unit's earlier one.
    await ok(ctx, 'reports.saveManual', {
      roundId: prev.id,
      unitId: ids.CD002,
      receivedOn: '2025-05-22',
      values: [{ indicatorId: i21, value: 25 }],
    });
    expect(await total()).toBe(125);
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasSoffice)('LibreOffice', () => {
  it('converts the drafted report to PDF', async () => {
    const { document } = await ok(ctx, 'results.draftReport', { roundId: round.id, date: '2026-11-22' });
    const file = await ok(ctx, 'documents.exportDocx', { id: document.id });
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-pdf-'));
    const profile = path.join(os.tmpdir(), `lo-${randomUUID()}`);
    try {
      fs.writeFileSync(path.join(work, 'bc.docx'), Buffer.from(file.dataBase64, 'base64'));
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, path.join(work, 'bc.docx')],
        {
          stdio: 'ignore',
          timeout: 110_000,
        },
      );
      const pdf = fs.readFileSync(path.join(work, 'bc.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);
});
