import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasSoffice } from '../../fixtures/files/libreoffice';
import { call, ok, testContext } from '../../support/context';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';

// An issued document keeps what was sent: its .docx written on the day of issue and its PDF beside
// it (made by LibreOffice where installed, or the clerk's own PDF attached), in the data folder's
// archive, so the backup carries them.

let ctx: ReturnType<typeof testContext>;
let soffice: string | undefined;
beforeEach(() => {
  ctx = testContext();
  soffice = process.env.CONGDOAN_SOFFICE;
});
afterEach(() => {
  if (soffice === undefined) delete process.env.CONGDOAN_SOFFICE;
  else process.env.CONGDOAN_SOFFICE = soffice;
  ctx.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const upload = (data: Buffer, fileName = 'KH-01.pdf') => ({ fileName, dataBase64: data.toString('base64') });
const archived = (name: string) => path.join(ctx.dataDir, 'archive', 'van-ban-di', name);

async function issuedPlan(): Promise<number> {
  await ok(ctx, 'settings.update', {
    ...EXAMPLE_OFFICE,
    superiorBody: EXAMPLE_OFFICE.superiorBody ?? '',
    address: '',
    phone: '',
    email: '',
  });
  const { document } = await ok(ctx, 'documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-20' });
  await ok(ctx, 'documents.issue', { id: document.id, number: null, date: '2026-03-20' });
  return document.id;
}

describe('the files of an issued document', () => {
  it('keeps the .docx written on the day of issue and hands that same file back', async () => {
    const id = await issuedPlan();
    const kept = fs.readFileSync(archived(`van-ban-${id}.docx`));
    expect(kept.subarray(0, 2).toString()).toBe('PK');
    const file = await ok(ctx, 'documents.exportDocx', { id });
    expect(Buffer.from(file.dataBase64, 'base64').equals(kept)).toBe(true);
    expect(file.fileName).toBe('KH_01-kh-ldld_to-chuc-cac-hoat-dong-thang-cong-nhan-nam-2026.docx');
  });

  it('without LibreOffice says how to make the PDF, then keeps the one the clerk attaches', async () => {
    process.env.CONGDOAN_SOFFICE = 'none';
    const id = await issuedPlan();
    const missing = await call(ctx, 'documents.issuedPdf', { id });
    expect(missing).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!missing.ok) expect(missing.error.message).toMatch(/"Xem bản in" → "Lưu PDF".*"Đính kèm PDF đã lưu…"/);

    expect(await ok(ctx, 'documents.attachPdf', { id, file: upload(PDF) })).toEqual({ kept: true });
    expect(fs.readFileSync(archived(`van-ban-${id}.pdf`)).equals(PDF)).toBe(true);
    const pdf = await ok(ctx, 'documents.issuedPdf', { id });
    expect(pdf).toMatchObject({
      fileName: 'KH_01-kh-ldld_to-chuc-cac-hoat-dong-thang-cong-nhan-nam-2026.pdf',
      mimeType: 'application/pdf',
    });
    expect(Buffer.from(pdf.dataBase64, 'base64').equals(PDF)).toBe(true);
  });

  it('refuses what is not a PDF, and a draft, changing nothing', async () => {
    const id = await issuedPlan();
    for (const [file, text] of [
      [upload(PDF, 'van-ban.docx'), /không phải tệp PDF\./],
      [upload(Buffer.from('PK\u0003\u0004 not a pdf'), 'doi-duoi.pdf'), /không phải tệp PDF thật/],
    ] as const) {
      const r = await call(ctx, 'documents.attachPdf', { id, file });
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_FILE', fields: { file: expect.stringMatching(text) } } });
    }
    expect(fs.existsSync(archived(`van-ban-${id}.pdf`))).toBe(false);

    const { document } = await ok(ctx, 'documents.create', { templateKey: 'tcn-huong-dan', year: 2026, date: '2026-03-20' });
    for (const r of [
      await call(ctx, 'documents.attachPdf', { id: document.id, file: upload(PDF) }),
      await call(ctx, 'documents.issuedPdf', { id: document.id }),
    ]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!r.ok) expect(r.error.message).toMatch(/chưa ban hành/);
    }
    expect(fs.existsSync(archived(`van-ban-${document.id}.pdf`))).toBe(false);
  });

  it.skipIf(!hasSoffice)(
    'with LibreOffice makes the PDF of the kept .docx once and keeps it beside it',
    async () => {
      delete process.env.CONGDOAN_SOFFICE;
      const id = await issuedPlan();
      const first = await ok(ctx, 'documents.issuedPdf', { id });
      const pdf = Buffer.from(first.dataBase64, 'base64');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(fs.readFileSync(archived(`van-ban-${id}.pdf`)).equals(pdf)).toBe(true);
      // Asked again: the kept file, not a new conversion.
      fs.writeFileSync(archived(`van-ban-${id}.pdf`), PDF);
      expect(Buffer.from((await ok(ctx, 'documents.issuedPdf', { id })).dataBase64, 'base64').equals(PDF)).toBe(true);
    },
    120_000,
  );
});
