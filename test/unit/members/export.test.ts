import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, testContext } from '../../support/context';
import { makeMember, makeUnit, type Ctx } from './helpers';

let ctx: Ctx;
let A: number;
let B: number;

beforeEach(async () => {
  ctx = testContext(); // today = 22/11/2026
  A = await makeUnit(ctx, 'A', 'CĐCS Trường Tiểu học An Bình', 2);
  B = await makeUnit(ctx, 'B', 'CĐCS Công ty May Bình Minh', 4);
  await makeMember(ctx, A, 'Nguyễn Văn Đức', {
    gender: 'nam',
    birthDate: '1985-12-01',
    cccd: '079085001111',
    memberCode: 'DV-0001',
    joinedOn: '2010-03-01',
    partyMember: true,
    unionPosition: 'chu_tich',
  });
  await makeMember(ctx, A, 'Trần Thị Dung', {
    gender: 'nu',
    birthDate: '1990',
    cccd: '079190002222',
    joinedOn: '2015',
    notes: '=HYPERLINK("http://x")',
  });
  await makeMember(ctx, B, 'Lê Kim Thoa', { gender: 'nu', birthDate: '1960-05-05', ethnicity: 'Khmer', joinedOn: '1985-01-01' });
});
afterEach(() => ctx.close());

async function open(dataBase64: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

const rowTexts = (ws: ExcelJS.Worksheet, r: number) =>
  (ws.getRow(r).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));

describe('exports', () => {
  it('members.exportXlsx writes the current view (all pages) in list order, re-importable', async () => {
    const file = await ok(ctx, 'members.exportXlsx', { unitId: A, limit: 1, offset: 1 });
    expect(file.fileName).toBe('Danh_sach_doan_vien_2026-11-22.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const ws = await open(file.dataBase64);
    expect(String(ws.getCell('A1').value)).toBe('DANH SÁCH ĐOÀN VIÊN');
    expect(String(ws.getCell('A2').value)).toContain('Đơn vị: CĐCS Trường Tiểu học An Bình');
    expect(String(ws.getCell('A3').value)).toBe('Xuất ngày 22/11/2026: 2 người');
    const head = rowTexts(ws, 4);
    expect(head.slice(0, 7)).toEqual(['TT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Tôn giáo', 'Số CCCD']);
    const r5 = rowTexts(ws, 5);
    const r6 = rowTexts(ws, 6);
    expect(r5.slice(0, 4)).toEqual(['1', 'Trần Thị Dung', '1990', 'Nữ']);
    expect(r6.slice(0, 4)).toEqual(['2', 'Nguyễn Văn Đức', '01/12/1985', 'Nam']);
    expect(r6[head.indexOf('Số CCCD')]).toBe('079085001111');
    expect(r6[head.indexOf('Chức vụ công đoàn')]).toBe('Chủ tịch');
    expect(r6[head.indexOf('Đảng viên')]).toBe('x');
    expect(r5[head.indexOf('Ghi chú')]).toBe(`'=HYPERLINK("http://x")`); // no formula injection
    expect(ws.getRow(7).values).toEqual([]);

    // The exported file can be imported again: every row is recognised as already registered.
    const p = await ok(ctx, 'members.importPreview', { file: { fileName: file.fileName, dataBase64: file.dataBase64 } });
    expect(p.counts).toEqual({ new: 0, exists: 2, error: 0 });
    expect(p.rows.map((r) => r.unitName)).toEqual(['CĐCS Trường Tiểu học An Bình', 'CĐCS Trường Tiểu học An Bình']);
  });

  it('members.statsExport writes one row per unit and the totals', async () => {
    const file = await ok(ctx, 'members.statsExport', { asOf: '2026-05-31' });
    expect(file.fileName).toBe('Thong_ke_doan_vien_2026-05-31.xlsx');
    const ws = await open(file.dataBase64);
    expect(String(ws.getCell('A2').value)).toBe(
      'Số lượng tính đến ngày 31/05/2026; biến động trong kỳ từ ngày 01/12/2025 đến ngày 31/05/2026',
    );
    expect(rowTexts(ws, 4)).toEqual([
      'TT',
      'Mã đơn vị',
      'Công đoàn cơ sở',
      'Khối',
      'Tổng số đoàn viên',
      'Nữ',
      'Dân tộc thiểu số',
      'Đảng viên',
      'Kết nạp mới',
      'Chuyển đến',
      'Chuyển đi',
      'Thôi sinh hoạt',
    ]);
    // Sector order: Giáo dục (2) before Doanh nghiệp ngoài nhà nước (4).
    expect(rowTexts(ws, 5)).toEqual(['1', 'A', 'CĐCS Trường Tiểu học An Bình', 'Giáo dục', '2', '1', '0', '1', '0', '0', '0', '0']);
    expect(rowTexts(ws, 6)).toEqual([
      '2',
      'B',
      'CĐCS Công ty May Bình Minh',
      'Doanh nghiệp ngoài nhà nước',
      '1',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(rowTexts(ws, 7).slice(4)).toEqual(['3', '2', '1', '1', '0', '0', '0', '0']);
    expect(String(ws.getCell('A7').value)).toBe('Tổng cộng');
    expect(typeof ws.getCell('E7').value).toBe('number');
  });
});
