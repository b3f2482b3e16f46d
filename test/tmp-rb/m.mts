import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { memberRecords, writeMemberWorkbook } from '/work/main/test/fixtures/members/generate';
import { readSpreadsheet } from '/work/main/electron/services/files/sheets/read';
const f = '/tmp/rb/50k.xlsx';
if (!fs.existsSync(f)) await writeMemberWorkbook(f, memberRecords(50000));
const data = fs.readFileSync(f);
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const wb = readSpreadsheet(data, '50k.xlsx');
  const t1 = performance.now() - t;
  t = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let n = 0;
  for await (const ws of reader) for await (const _r of ws) n++;
  const t2 = performance.now() - t;
  console.log('ours', t1.toFixed(0), 'rows', wb.sheets[0].lastRow, 'exceljs', t2.toFixed(0), n, 'rss', (process.memoryUsage().rss / 1e6).toFixed(0));
}
console.log(wb0());
function wb0() { const w = readSpreadsheet(data, 'x.xlsx'); return JSON.stringify(w.sheets[0].rows.slice(1, 8)); }
