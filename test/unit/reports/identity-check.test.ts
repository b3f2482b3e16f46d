// The identity checksum of templates: a file whose hidden identity sheet or code column was changed
// after it left the office is caught and not imported unless the clerk ticks it; a re-save by
// another program and old templates without a checksum are fine.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoundDetail } from '../../../shared/reports/schema';
import { ok, testContext } from '../../support/context';
import { fillTemplate, hasSoffice, libreOfficeResave } from '../../fixtures/reports/generate';
import { figures, read, seedRound, upload, writeTemplates, type Ctx } from './helpers';

let ctx: Ctx;
let round: RoundDetail;
let templates: Record<string, string>;

beforeEach(async () => {
  ctx = testContext();
  round = await seedRound(ctx);
  templates = (await writeTemplates(ctx, round.id)).byUnit;
});
afterEach(() => ctx.close());

/** Opens a file, lets `edit` change it as a unit could in Excel (sheets unprotected), saves it. */
async function edited(data: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function metaCell(wb: ExcelJS.Workbook, key: string): ExcelJS.Cell {
  const ms = wb.getWorksheet('ThongTinMau')!;
  for (let r = 1; r <= ms.rowCount; r++) if (ms.getRow(r).getCell(1).value === key) return ms.getRow(r).getCell(2);
  throw new Error(`no ${key}`);
}

const preview = (name: string, data: Buffer) => ok(ctx, 'reports.previewUpload', { roundId: round.id, files: [upload(name, data)] });

describe('the identity checksum', () => {
  it('is written into every template and accepted when nothing was changed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(read(templates.CD001) as unknown as ArrayBuffer);
    expect(String(metaCell(wb, 'checksum').value)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(String(metaCell(wb, 'codes').value)).toMatch(/^\d+:1\.1,\d+:1\.2,/);
    const p = await preview('CD001.xlsx', await fillTemplate(read(templates.CD001), { values: { '1.1': 5 } }));
    expect(p.files[0]).toMatchObject({ status: 'new', included: true });
    expect(p.files[0].messages.join(' ')).not.toMatch(/nhận dạng/);
  });

  it("catches a unit code changed on the hidden sheet (CD002's figures passed off in CD001's form)", async () => {
    const filled = await fillTemplate(read(templates.CD001), { values: { '1.1': 9 } });
    const forged = await edited(filled, (wb) => {
      metaCell(wb, 'unitCode').value = 'CD002';
      wb.keywords = wb.keywords.replace('unit=CD001', 'unit=CD002');
    });
    const p = await preview('bao cao.xlsx', forged);
    const f = p.files[0];
    expect(f).toMatchObject({ status: 'skip', included: false, choosable: true, unitCode: 'CD002' });
    expect(f.messages.join(' ')).toMatch(/Thông tin nhận dạng của mẫu đã bị sửa sau khi gửi đi/);
    expect(f.messages.join(' ')).toMatch(/Chưa nhập: thông tin nhận dạng trong tệp đã bị sửa/);
    expect(await ok(ctx, 'reports.commitImport', { batchId: p.batchId })).toMatchObject({ created: 0, skipped: 1 });

    // The clerk checked with the unit and ticks it after all.
    const again = await preview('bao cao.xlsx', forged);
    const choices = [{ key: again.files[0].key, include: true }];
    expect((await ok(ctx, 'reports.commitImport', { batchId: again.batchId, choices })).created).toBe(1);
    expect((await figures(ctx, round, 'CD002'))['1.1']).toBe(9);
  });

  it('catches indicator codes moved on the report sheet', async () => {
    const filled = await fillTemplate(read(templates.CD001), { values: { '1.1': 4, '1.2': 8 } });
    const swapped = await edited(filled, (wb) => {
      const ws = wb.getWorksheet('Báo cáo')!;
      const rows: ExcelJS.Row[] = [];
      ws.eachRow((row) => {
        if (row.getCell(1).value === '1.1' || row.getCell(1).value === '1.2') rows.push(row);
      });
      rows[0].getCell(1).value = '1.2';
      rows[1].getCell(1).value = '1.1';
    });
    const f = (await preview('CD001.xlsx', swapped)).files[0];
    expect(f.status).toBe('skip');
    expect(f.messages.join(' ')).toMatch(/đã bị sửa sau khi gửi đi/);
  });

  it('catches a checksum deleted from a current template, and accepts an old template that never had one', async () => {
    const filled = await fillTemplate(read(templates.CD001), { values: { '1.1': 4 } });
    const stripped = await edited(filled, (wb) => {
      metaCell(wb, 'checksum').value = '';
    });
    expect((await preview('CD001.xlsx', stripped)).files[0].status).toBe('skip');
    const old = await edited(filled, (wb) => {
      metaCell(wb, 'checksum').value = '';
      metaCell(wb, 'version').value = '1';
    });
    const f = (await preview('CD001.xlsx', old)).files[0];
    expect(f.status).toBe('new');
  });

  it('catches a checksum removed and the version lowered, for a round made after the office began signing', async () => {
    const filled = await fillTemplate(read(templates.CD001), { values: { '1.1': 4 } });
    const downgraded = await edited(filled, (wb) => {
      metaCell(wb, 'checksum').value = '';
      metaCell(wb, 'version').value = '1';
    });
    // The test clock stands still: say the install began signing a day before this round was made.
    const key = JSON.parse(ctx.db.prepare("SELECT value FROM settings WHERE key = 'reports.templateKey'").pluck().get() as string);
    ctx.db
      .prepare("UPDATE settings SET value = ? WHERE key = 'reports.templateKey'")
      .run(JSON.stringify({ ...key, since: '2000-01-01T00:00:00.000Z' }));
    const f = (await preview('CD001.xlsx', downgraded)).files[0];
    expect(f.status).toBe('skip');
    expect(f.messages.join(' ')).toMatch(/đã bị sửa sau khi gửi đi/);
  });

  it('does not accept a checksum made with another office’s key', async () => {
    const other = testContext();
    try {
      const otherRound = await seedRound(other);
      // The same round identity in another install (a copied database would carry the key; a new one does not).
      other.db.prepare('UPDATE report_rounds SET uuid = ? WHERE id = ?').run(round.uuid, otherRound.id);
      const foreign = (await writeTemplates(other, otherRound.id)).byUnit.CD001;
      const f = (await preview('CD001.xlsx', await fillTemplate(read(foreign), { values: { '1.1': 1 } }))).files[0];
      expect(f.status).toBe('skip');
      expect(f.messages.join(' ')).toMatch(/mã kiểm tra không khớp/);
    } finally {
      other.close();
    }
  });

  it.skipIf(!hasSoffice)('survives a re-save by LibreOffice (which turns the hidden sheet into a merely hidden one)', async () => {
    const filled = await fillTemplate(read(templates.CD003), { values: { '1.1': 6 } });
    const lo = libreOfficeResave(filled)!;
    const f = (await preview('CD003.xlsx', lo)).files[0];
    expect(f).toMatchObject({ status: 'new', unitCode: 'CD003' });
    expect(f.messages.join(' ')).not.toMatch(/nhận dạng/);
    // …and a unit that unhides that sheet in LibreOffice and edits the unit code is still caught.
    const forged = libreOfficeResave(
      await edited(lo, (wb) => {
        metaCell(wb, 'unitCode').value = 'CD002';
      }),
    )!;
    expect((await preview('CD002.xlsx', forged)).files[0].status).toBe('skip');
  });
});
