import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingCreateInput } from '../../../shared/incoming/schema';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { MAX_INCOMING_FILE_BYTES } from '../../../electron/services/incoming/files';
import { call, dumpDatabase, ok, testContext } from '../../support/context';

// The incoming documents register on a real SQLite file: entries with their kept files, search
// without diacritics, arrival numbers per year, the dashboard's deadlines, the plan that carries
// out an incoming document, and the two registers printed as books.

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext(); // today: 22/11/2026
});
afterEach(() => ctx.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml …')]);
const upload = (fileName: string, data: Buffer) => ({ fileName, dataBase64: data.toString('base64') });

const plan29: IncomingCreateInput = {
  receivedOn: '2026-03-25',
  docNumber: '29/KH-LĐLĐ',
  docDate: '2026-03-22',
  docKind: 'KH',
  issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang',
  subject: 'Về việc tổ chức các hoạt động Tháng Công nhân năm 2026',
  deadline: '2026-05-26',
  handler: 'Nguyễn Thị Lan',
};

const archived = () => {
  const dir = path.join(ctx.dataDir, 'archive', 'incoming');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

describe('incoming documents register', () => {
  it('records, lists newest first, searches without diacritics, updates and deletes, logging each change', async () => {
    const a = await ok(ctx, 'incoming.create', plan29);
    expect(a).toMatchObject({ arrivalNo: 1, docKind: 'KH', done: false, file: null, handler: 'Nguyễn Thị Lan' });
    const b = await ok(ctx, 'incoming.create', {
      receivedOn: '2026-04-02',
      docNumber: '243/LĐLĐ',
      docDate: '2026-04-01',
      docKind: 'CV',
      issuer: 'Liên đoàn Lao động tỉnh Kiên Giang',
      subject: 'V/v báo cáo số liệu đoàn viên quý I',
    });
    expect(b.arrivalNo).toBe(2);
    const all = await ok(ctx, 'incoming.list', {});
    expect(all.items.map((i) => i.docNumber)).toEqual(['243/LĐLĐ', '29/KH-LĐLĐ']);
    expect(all).toMatchObject({ total: 2, years: [2026] });
    expect((await ok(ctx, 'incoming.list', { query: 'thang cong nhan' })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await ok(ctx, 'incoming.list', { query: 'DOAN VIEN quy' })).items.map((i) => i.id)).toEqual([b.id]);
    expect((await ok(ctx, 'incoming.list', { query: 'lan nguyen' })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await ok(ctx, 'incoming.list', { query: '29/kh' })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await ok(ctx, 'incoming.list', { query: 'khong co' })).items).toEqual([]);

    const done = await ok(ctx, 'incoming.update', { ...plan29, id: a.id, done: true, notes: 'Đã tham mưu kế hoạch' });
    expect(done).toMatchObject({ arrivalNo: 1, done: true, notes: 'Đã tham mưu kế hoạch' });
    expect((await ok(ctx, 'incoming.list', { status: 'pending' })).items.map((i) => i.id)).toEqual([b.id]);

    await ok(ctx, 'incoming.delete', { id: b.id });
    expect((await ok(ctx, 'incoming.list', {})).items.map((i) => i.id)).toEqual([a.id]);
    const log = ctx.db.prepare("SELECT action FROM change_log WHERE entity = 'incoming' ORDER BY id").pluck().all();
    expect(log).toEqual(['create', 'create', 'update', 'delete']);
    const again = await call(ctx, 'incoming.get', { id: b.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps the file under archive/incoming/<sha256>.<ext> and hands it back; a replaced or deleted one goes', async () => {
    const a = await ok(ctx, 'incoming.create', { ...plan29, file: upload('KH 29 LĐLĐ tỉnh.pdf', PDF) });
    expect(a.file).toEqual({ name: 'KH 29 LĐLĐ tỉnh.pdf', size: PDF.length });
    const [kept] = archived();
    expect(kept).toMatch(/^[0-9a-f]{64}\.pdf$/);
    const back = await ok(ctx, 'incoming.file', { id: a.id });
    expect(back).toMatchObject({ fileName: 'KH 29 LĐLĐ tỉnh.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(back.dataBase64, 'base64').equals(PDF)).toBe(true);

    const edited = await ok(ctx, 'incoming.update', { ...plan29, id: a.id, file: upload('ke-hoach.docx', DOCX) });
    expect(edited.file?.name).toBe('ke-hoach.docx');
    expect(archived()).toEqual([expect.stringMatching(/\.docx$/)]);
    const noFile = await ok(ctx, 'incoming.update', { ...plan29, id: a.id, removeFile: true });
    expect(noFile.file).toBeNull();
    expect(archived()).toEqual([]);
    const missing = await call(ctx, 'incoming.file', { id: a.id });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/chưa có tệp đính kèm/) } });

    const b = await ok(ctx, 'incoming.create', { ...plan29, file: upload('a.pdf', PDF) });
    await ok(ctx, 'incoming.delete', { id: b.id });
    expect(archived()).toEqual([]);
  });

  const badFiles: [string, () => string, RegExp][] = [
    ['bao-cao.xlsx', () => PDF.toString('base64'), /không phải Word hoặc PDF/],
    ['gia.pdf', () => Buffer.from('<html>không phải pdf</html>').toString('base64'), /không phải tệp PDF thật/],
    ['gia.docx', () => PDF.toString('base64'), /không phải tệp Word \(\.docx\) thật/],
    ['to.pdf', () => Buffer.concat([PDF, Buffer.alloc(MAX_INCOMING_FILE_BYTES)]).toString('base64'), /quá lớn/],
    ['rong.pdf', () => '', /rỗng/i],
    ['rong2.pdf', () => '====', /rỗng/],
  ];
  for (const [name, data, message] of badFiles) {
    it(`refuses ${name} with a Vietnamese message and writes nothing`, async () => {
      const kept = await ok(ctx, 'incoming.create', { ...plan29, file: upload('giu.pdf', PDF) });
      const before = dumpDatabase(ctx);
      const files = archived();
      for (const r of [
        await call(ctx, 'incoming.create', { ...plan29, receivedOn: '2026-04-01', file: { fileName: name, dataBase64: data() } }),
        await call(ctx, 'incoming.update', { ...plan29, id: kept.id, file: { fileName: name, dataBase64: data() } }),
      ]) {
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(['BAD_FILE', 'INVALID_INPUT']).toContain(r.error.code);
          expect(r.error.message).toMatch(message);
        }
      }
      expect(dumpDatabase(ctx)).toEqual(before);
      expect(archived()).toEqual(files);
    });
  }

  it('takes the kept file back when the entry itself is refused', async () => {
    const r = await call(ctx, 'incoming.create', { ...plan29, receivedOn: '2026-12-01', file: upload('a.pdf', PDF) });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { receivedOn: 'Ngày đến không được sau ngày hôm nay.' } },
    });
    const late = await call(ctx, 'incoming.create', { ...plan29, docDate: '2026-03-30', file: upload('a.pdf', PDF) });
    expect(late).toMatchObject({
      ok: false,
      error: { fields: { docDate: expect.stringMatching(/trước hoặc bằng ngày đến \(25\/03\/2026\)/) } },
    });
    expect(archived()).toEqual([]);
    expect(dumpDatabase(ctx).incoming_documents).toEqual([]);
  });

  it('numbers arrivals per year, proposes the next one, and refuses a number already used', async () => {
    const in25 = { ...plan29, receivedOn: '2025-12-30', docDate: '2025-12-20' };
    expect((await ok(ctx, 'incoming.create', in25)).arrivalNo).toBe(1);
    expect((await ok(ctx, 'incoming.create', in25)).arrivalNo).toBe(2);
    expect(await ok(ctx, 'incoming.nextArrivalNo', { receivedOn: '2026-01-02' })).toEqual({ year: 2026, next: 1 });
    const first26 = await ok(ctx, 'incoming.create', { ...plan29, receivedOn: '2026-01-02', docDate: '2025-12-31' });
    expect(first26.arrivalNo).toBe(1);
    expect((await ok(ctx, 'incoming.create', { ...plan29, arrivalNo: 7 })).arrivalNo).toBe(7);
    expect(await ok(ctx, 'incoming.nextArrivalNo', { receivedOn: '2026-06-01' })).toEqual({ year: 2026, next: 8 });
    const taken = await call(ctx, 'incoming.create', { ...plan29, arrivalNo: 7 });
    expect(taken).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { arrivalNo: expect.stringMatching(/Số đến 7 năm 2026 đã dùng cho văn bản 29\/KH-LĐLĐ\. Số còn trống tiếp theo: 8\./) },
      },
    });
    // Moved to another year without a number: the next number of that year.
    const moved = await ok(ctx, 'incoming.update', { ...in25, id: first26.id });
    expect(moved.arrivalNo).toBe(3);
    expect((await ok(ctx, 'incoming.list', { year: 2025 })).items).toHaveLength(3);
  });

  it('lists open deadlines within 14 days or past on the dashboard, with days left', async () => {
    const soon = await ok(ctx, 'incoming.create', { ...plan29, receivedOn: '2026-11-20', docDate: '2026-11-18', deadline: '2026-11-30' });
    const late = await ok(ctx, 'incoming.create', { ...plan29, receivedOn: '2026-11-01', docDate: '2026-10-30', deadline: '2026-11-20' });
    await ok(ctx, 'incoming.create', { ...plan29, receivedOn: '2026-11-21', docDate: '2026-11-20', deadline: '2026-12-31' });
    await ok(ctx, 'incoming.create', { ...plan29, receivedOn: '2026-11-21', docDate: '2026-11-20', deadline: null });
    await ok(ctx, 'incoming.create', { ...plan29, receivedOn: '2026-11-21', docDate: '2026-11-20', deadline: '2026-11-23', done: true });
    const d = await ok(ctx, 'incoming.dashboard', {});
    expect(d.withinDays).toBe(14);
    expect(d.items.map((i) => [i.id, i.daysLeft])).toEqual([
      [late.id, -2],
      [soon.id, 8],
    ]);
  });
});

describe('a plan carrying out an incoming document', () => {
  it('gets the basis line written in from the chosen entry', async () => {
    await ok(ctx, 'settings.update', {
      ...EXAMPLE_OFFICE,
      superiorBody: EXAMPLE_OFFICE.superiorBody ?? '',
      address: '',
      phone: '',
      email: '',
    });
    const source = await ok(ctx, 'incoming.create', plan29);
    const made = await ok(ctx, 'documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-28', incomingId: source.id });
    expect(made.document.doc.basis).toEqual([
      'Thực hiện Kế hoạch số 29/KH-LĐLĐ, ngày 22/3/2026 của Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang về việc tổ chức các hoạt động Tháng Công nhân năm 2026.',
    ]);
    const guide = await ok(ctx, 'documents.create', {
      templateKey: 'tcn-huong-dan',
      year: 2026,
      date: '2026-03-28',
      incomingId: source.id,
    });
    expect(guide.document.doc.basis[0]).toMatch(/^Căn cứ Kế hoạch số 29\/KH-LĐLĐ, ngày 22\/3\/2026 của Ban Thường vụ/);
    const blank = await ok(ctx, 'documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-28' });
    expect(blank.document.doc.basis[0]).toMatch(/^Thực hiện Kế hoạch số …, ngày …\/…\/2026/);
    const before = dumpDatabase(ctx);
    const gone = await call(ctx, 'documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-28', incomingId: 9999 });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dumpDatabase(ctx)).toEqual(before);
  });
});

describe('registers printed as books', () => {
  it('lists one year of each register in book order', async () => {
    await ok(ctx, 'settings.update', {
      ...EXAMPLE_OFFICE,
      superiorBody: EXAMPLE_OFFICE.superiorBody ?? '',
      address: '',
      phone: '',
      email: '',
    });
    await ok(ctx, 'incoming.create', { ...plan29, receivedOn: '2026-04-02', docDate: '2026-04-01' });
    await ok(ctx, 'incoming.create', { ...plan29, docNumber: '30/KH-LĐLĐ' });
    await ok(ctx, 'incoming.create', { ...plan29, receivedOn: '2025-06-01', docDate: '2025-05-30' });
    const book = await ok(ctx, 'registers.incoming', { year: 2026 });
    expect(book.rows.map((r) => [r.arrivalNo, r.docNumber])).toEqual([
      [1, '29/KH-LĐLĐ'],
      [2, '30/KH-LĐLĐ'],
    ]);
    expect(book.years).toEqual([2026, 2025]);

    const made = await ok(ctx, 'documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-28' });
    await ok(ctx, 'documents.issue', { id: made.document.id, number: null, date: '2026-03-28' });
    const out = await ok(ctx, 'registers.outgoing', { year: 2026 });
    expect(out.rows).toEqual([
      {
        number: 1,
        code: '01/KH-LĐLĐ',
        issuedOn: '2026-03-28',
        subject: 'Kế hoạch tổ chức các hoạt động Tháng Công nhân năm 2026',
        recipients: 'Ban TG-NC LĐLĐ tỉnh; Ban Thường vụ LĐLĐ huyện; Các CĐCS trực thuộc',
        signer: 'Lê Kim Thoa',
      },
    ]);
    expect(out.years).toEqual([2026]);
    expect((await ok(ctx, 'registers.outgoing', { year: 2025 })).rows).toEqual([]);
  });
});
