// The fast path of the xlsx guard (native zlib over a plainly laid-out zip) must reach the same
// verdicts as the streaming check, and must step aside for any zip whose layout it cannot vouch for.
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/result';
import { assertSafeXlsx } from '../../../electron/services/files/xlsx-guard';
import { inflatePlainEntry, plainZipLayout } from '../../../electron/services/files/zip-layout';
import { reorderZip } from '../../fixtures/files/reorder-zip';
import { doctypeXlsx, xlsxBuffer, zipBombXlsx } from '../../fixtures/files/hostile';

async function sampleXlsx(rows = 50): Promise<Buffer> {
  return xlsxBuffer((wb) => {
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Họ và tên', 'Ngày sinh']);
    for (let i = 0; i < rows; i++) ws.addRow([`Nguyễn Văn ${i}`, new Date(Date.UTC(1980, 0, 1 + i))]);
  });
}

async function guardMessage(data: Buffer): Promise<string | null> {
  try {
    await assertSafeXlsx(data, 't.xlsx');
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).message;
  }
}

async function readAllRows(data: Buffer): Promise<unknown[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const rows: unknown[][] = [];
  for await (const ws of reader) for await (const row of ws) rows.push((row.values as unknown[]).slice(1));
  return rows;
}

/** A local record (header + data) for a stored entry that no central directory lists. */
function hiddenLocalEntry(name: string, content: Buffer): Buffer {
  const nameBuf = Buffer.from(name);
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt32LE(zlib.crc32(content), 14);
  h.writeUInt32LE(content.length, 18);
  h.writeUInt32LE(content.length, 22);
  h.writeUInt16LE(nameBuf.length, 26);
  return Buffer.concat([h, nameBuf, content]);
}

/** `zip` with an extra stored entry just before its central directory, which does not list it. */
function withHiddenEntry(zip: Buffer, name: string, content: string): Buffer {
  const { centralOffset } = plainZipLayout(zip)!;
  const hidden = hiddenLocalEntry(name, Buffer.from(content));
  const data = Buffer.concat([zip.subarray(0, centralOffset), hidden, zip.subarray(centralOffset)]);
  data.writeUInt32LE(centralOffset + hidden.length, data.length - 22 + 16);
  return data;
}

describe('plainZipLayout', () => {
  it('reads what exceljs (data descriptors) and fflate (sizes in headers) write, and inflates each entry exactly', async () => {
    const fromExceljs = await sampleXlsx();
    const fromFflate = Buffer.from(zipSync(unzipSync(fromExceljs)));
    for (const data of [fromExceljs, fromFflate]) {
      const layout = plainZipLayout(data);
      expect(layout).not.toBeNull();
      const expected = unzipSync(data);
      expect(layout!.entries.map((e) => e.name).sort()).toEqual(Object.keys(expected).sort());
      for (const e of layout!.entries) expect(Buffer.compare(inflatePlainEntry(data, e)!, Buffer.from(expected[e.name]))).toBe(0);
    }
  });

  it('steps aside for bytes that no central directory entry accounts for', async () => {
    const good = Buffer.from(zipSync(unzipSync(await sampleXlsx())));
    expect(plainZipLayout(withHiddenEntry(good, 'xl/hidden.xml', '<x/>'))).toBeNull();
    // Bytes in front of the first entry.
    expect(plainZipLayout(Buffer.concat([Buffer.from('PK junk'), good]))).toBeNull();
    // A truncated file.
    expect(plainZipLayout(good.subarray(0, good.length - 5))).toBeNull();
  });

  it('gives null for an entry whose size does not match what it inflates to', async () => {
    const good = Buffer.from(zipSync(unzipSync(await sampleXlsx())));
    const layout = plainZipLayout(good)!;
    const sheet = layout.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(inflatePlainEntry(good, { ...sheet, size: sheet.size - 1 })).toBeNull();
    expect(inflatePlainEntry(good, { ...sheet, size: sheet.size + 1 })).toBeNull();
    expect(inflatePlainEntry(good, { ...sheet, compressedSize: sheet.compressedSize - 2 })).toBeNull();
  });

  it('reorders entries byte for byte into a zip that every reader accepts', async () => {
    const data = await sampleXlsx(300);
    const layout = plainZipLayout(data)!;
    const reordered = reorderZip(data, layout, (n) => (n.startsWith('xl/worksheets/') ? 1 : 0));
    const again = plainZipLayout(reordered)!;
    expect(again.entries.map((e) => e.name).at(-1)).toBe('xl/worksheets/sheet1.xml');
    const a = unzipSync(data);
    const b = unzipSync(reordered);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const k of Object.keys(a)) expect(Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k]))).toBe(0);
    expect(await readAllRows(reordered)).toEqual(await readAllRows(data));
    expect(await guardMessage(reordered)).toBeNull();
  });
});

describe('assertSafeXlsx, fast path and streaming check', () => {
  it('accepts good files and refuses hostile ones with the same messages either way', async () => {
    const good = await sampleXlsx();
    expect(await guardMessage(good)).toBeNull();
    expect(await guardMessage(Buffer.from(zipSync(unzipSync(good))))).toBeNull();
    expect(await guardMessage(await doctypeXlsx())).toMatch(/DOCTYPE/);
    expect(await guardMessage(await zipBombXlsx())).toMatch(/bom nén/);
    // A lower-case <!entity in a relationships part is refused as well.
    const parts = unzipSync(good);
    parts['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0"?><!entity x "y"><Relationships/>`);
    expect(await guardMessage(Buffer.from(zipSync(parts)))).toMatch(/DOCTYPE/);
  });

  it('finds a DOCTYPE in an entry hidden from the central directory (the streaming check decides)', async () => {
    const good = Buffer.from(zipSync(unzipSync(await sampleXlsx())));
    const data = withHiddenEntry(good, 'xl/worksheets/sheet9.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet/>');
    expect(plainZipLayout(data)).toBeNull();
    expect(await guardMessage(data)).toMatch(/DOCTYPE/);
  });

  it('measures a bomb by inflating it when its central directory understates the size', async () => {
    const bomb = await zipBombXlsx();
    const layout = plainZipLayout(bomb)!;
    const padding = layout.entries.find((e) => e.name === 'xl/media/padding.bin')!;
    // Claim 1 KB in both headers: the fast path sees a mismatch and the streaming check inflates for real.
    const lying = Buffer.from(bomb);
    lying.writeUInt32LE(1024, padding.localOffset + 22);
    lying.writeUInt32LE(1024, padding.centralOffset + 24);
    expect(plainZipLayout(lying)).not.toBeNull();
    expect(await guardMessage(lying)).toMatch(/bom nén/);
  });
});
