import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { foreignTemplate } from '../fixtures/reports/upward';
import { expect, shot, test } from './support/fixtures';
import { createUnits } from './support/flows';

// The office reports upward: two units have reported, the province's template (laid out by another
// program) arrives; the clerk opens it from the round page, checks the matched rows, fixes the one
// the software could not match, and downloads the filled copy.

test('a clerk fills the superior’s template with the round’s totals', async ({ page, app }) => {
  const units = await createUnits(app, [
    { code: 'CD001', name: 'Trường THCS Vĩnh Thuận' },
    { code: 'CD002', name: 'Công ty TNHH Thủy sản Minh Phú' },
  ]);
  const year = app.today.year();
  const round = await app.api('reports.createRound', {
    name: `Kết quả Tháng Công nhân năm ${year}`,
    code: `TCN${year}`,
    deadline: app.today.add(5, 'day').format('YYYY-MM-DD'),
    indicators: await app.api('reports.defaultIndicators', {}),
  });
  const id = (code: string) => round.indicators.find((i) => i.code === code)!.id;
  for (const [unit, n] of [
    [units.CD001, 5],
    [units.CD002, 7],
  ] as const) {
    await app.api('reports.saveManual', {
      roundId: round.id,
      unitId: unit.id,
      receivedOn: app.today.format('YYYY-MM-DD'),
      values: [
        { indicatorId: id('1.1'), value: n },
        { indicatorId: id('2.3'), value: n * 500_000 },
        { indicatorId: id('7.1'), value: 2 },
      ],
    });
  }

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open(`bao-cao?dot=${round.id}`);
  await page.getByRole('button', { name: 'Điền mẫu của cấp trên' }).click();
  const dialog = page.getByRole('dialog', { name: 'Điền mẫu của cấp trên' });
  await expect(dialog.getByText(/Tệp gốc không bị thay đổi/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Điền và lưu tệp' })).toBeDisabled();

  await dialog.getByTestId('chon-mau-cap-tren').setInputFiles({
    name: 'Bieu 01 - LDLD tinh.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: foreignTemplate(),
  });
  await expect(
    dialog.getByText('Đã tìm thấy bảng ở trang "Biểu 01" (tiêu đề ở dòng 5): nội dung ở cột B, số liệu ghi vào cột D.'),
  ).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Tổng số hoạt động đã tổ chức/ })).toContainText('D9: 12');
  await expect(dialog.getByRole('row', { name: /Tổng số tiền thăm hỏi/ })).toContainText('6 (triệu đồng)');
  await expect(dialog.getByRole('row', { name: /Cộng \(1\) \+ \(2\)/ })).toContainText('Ô có công thức, giữ nguyên');

  // The row the software could not match: the clerk picks the indicator.
  const unmatched = dialog.getByRole('row', { name: /Số cuộc thi nấu ăn ngon/ });
  await expect(unmatched).toContainText('Chưa ghép');
  await unmatched.getByLabel('Chỉ tiêu cho dòng 17').click();
  await page.keyboard.type('7.1 so hoat dong van hoa');
  await page.keyboard.press('Enter');
  await expect(unmatched).toContainText('Bạn đã chọn');
  await expect(unmatched).toContainText('D17: 4');
  await shot(page, 'upward-modal');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Điền và lưu tệp' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Bieu 01 - LDLD tinh - đã điền.xlsx');
  await expect(dialog.getByText('Đã lưu bản đã điền: "Bieu 01 - LDLD tinh - đã điền.xlsx".')).toBeVisible();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await file.path())!) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Biểu 01')!;
  expect(ws.getCell('D9').value).toBe(12);
  expect(ws.getCell('D14').value).toBe(6);
  expect(ws.getCell('D17').value).toBe(4);

  // A file that is not a spreadsheet: a plain message, nothing breaks.
  await dialog
    .getByTestId('chon-mau-cap-tren')
    .setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải zip') });
  await expect(dialog.getByText(/Tệp "hong.xlsx": không phải tệp Excel .xlsx/)).toBeVisible();
});
