import fs from 'node:fs';
import path from 'node:path';
import { foldVi } from '../../shared/text/vi';
import { memberRecords } from '../fixtures/members/generate';
import { messyWorkbook } from '../fixtures/members/messy';
import { expect, shot, test } from './support/fixtures';
import { createUnits } from './support/flows';

test('a clerk imports a workbook with one sheet per unit, one of them typed in TCVN3, and finds the members by "nguyen"', async ({
  page,
  app,
  workDir,
}) => {
  await createUnits(app, [
    { code: 'CD01', name: 'Trường THCS Vĩnh Thuận' },
    { code: 'CD02', name: 'Công ty May Bình Minh' },
    { code: 'CD03', name: 'Trạm Y tế xã Hòa Bình' },
  ]);
  // TCVN3 has no capitals with a tone: such names are typed in an uppercase font, not in this list.
  const recs = memberRecords(80, 51)
    .filter((r) => !/[ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/u.test(r.name))
    .slice(0, 36);
  const file = path.join(workDir, 'DS doan vien 3 don vi.xlsx');
  fs.writeFileSync(
    file,
    messyWorkbook([
      { name: 'THCS Vĩnh Thuận', records: recs.slice(0, 12), typing: 'TCVN3' },
      { name: 'May Bình Minh', records: recs.slice(12, 24) },
      { name: 'Trang 3', records: recs.slice(24), dates: 'text' },
    ]),
  );

  await app.open('doan-vien');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đoàn viên từ Excel' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  const sheets = dialog.getByRole('region', { name: 'Các trang trong tệp' });
  await expect(sheets.getByRole('row').filter({ hasText: /THCS Vĩnh Thuận/ })).toContainText('theo tên trang');
  await expect(sheets.getByRole('row').filter({ hasText: /May Bình Minh/ })).toContainText('theo tên trang');
  await expect(sheets.getByRole('row').filter({ hasText: /Trang 3/ })).toContainText('hãy chọn công đoàn cơ sở nhận danh sách này');
  await expect(dialog.getByText('12 tên được chuyển từ mã TCVN3 sang Unicode')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /Lưu/ })).toBeDisabled();
  await shot(page, 'member-import-sheets-unit-missing');

  // The third sheet has no unit of its own: the clerk chooses it.
  await dialog.getByLabel('Công đoàn cơ sở nhận trang Trang 3').click();
  await page.getByTitle('Trạm Y tế xã Hòa Bình (CD03)').click();
  await expect(sheets.getByRole('row').filter({ hasText: /Trang 3/ })).toContainText('đã chọn');
  await expect(dialog.getByText('36 mới')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot(page, 'member-import-sheets-1366');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'member-import-sheets-1920');
  await dialog.getByRole('button', { name: 'Lưu 36 đoàn viên mới' }).click();
  await expect(page.getByText(/Đã nhập 36 đoàn viên mới/)).toBeVisible();

  await page.getByLabel('Tìm đoàn viên').fill('nguyen');
  const list = page.getByRole('table', { name: 'Danh sách đoàn viên' });
  const nguyen = recs.filter((r) => r.name.startsWith('Nguyễn'));
  expect(nguyen.length).toBeGreaterThan(1);
  for (const r of nguyen) await expect(list.getByRole('row').filter({ hasText: r.name }).first()).toBeVisible();
  const fromTcvn3 = nguyen.find((r) => recs.indexOf(r) < 12)!;
  await expect(list.getByRole('row').filter({ hasText: fromTcvn3.name }).first()).toContainText('Vĩnh Thuận');
});

test('a clerk imports a list without a header row by saying which column is which', async ({ page, app, workDir }) => {
  await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  const recs = memberRecords(6, 61);
  const file = path.join(workDir, 'ds khong tieu de.xlsx');
  fs.writeFileSync(file, messyWorkbook([{ name: 'Sheet1', records: recs, noHeader: true, dates: 'text' }]));

  await app.open('doan-vien');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đoàn viên từ Excel' });
  await dialog.getByLabel('Công đoàn cơ sở nhận danh sách').click();
  await page.getByTitle('Trường THCS Vĩnh Thuận (CD01)').click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText(/Không tìm thấy dòng tiêu đề của danh sách đoàn viên/).first()).toBeVisible();
  // The first rows are shown under column selectors.
  await expect(dialog.getByText(recs[0].name)).toBeVisible();
  const choose = async (letter: string, field: string) => {
    // Typed without diacritics, as a clerk may: the list filters, Enter picks the first match.
    const box = dialog.getByRole('combobox', { name: `Cột ${letter} hiểu là` }).first();
    await box.click();
    await box.fill(foldVi(field));
    await box.press('Enter');
  };
  await choose('B', 'Họ và tên');
  await expect(dialog.getByText('6 mới')).toBeVisible();
  await choose('C', 'Ngày sinh');
  await choose('D', 'Giới tính (Nam/Nữ)');
  await choose('E', 'Số CCCD');
  await expect(dialog.getByLabel('Danh sách bắt đầu từ dòng')).toHaveValue('1');
  // The rows now show what each chosen column holds.
  await expect(dialog.getByRole('row').filter({ hasText: recs[1].cccd }).first()).toContainText(recs[1].name);
  await shot(page, 'member-import-no-header');
  await dialog.getByRole('button', { name: 'Lưu 6 đoàn viên mới' }).click();
  await expect(page.getByText(/Đã nhập 6 đoàn viên mới/)).toBeVisible();
  await page.getByLabel('Tìm đoàn viên').fill(recs[0].cccd);
  await expect(page.getByRole('table', { name: 'Danh sách đoàn viên' }).getByRole('row').filter({ hasText: recs[0].name })).toBeVisible();
});

test('a long list is shown a page at a time, and the tags show only the rows of their kind', async ({ page, app, workDir }) => {
  const { CD01 } = await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  const recs = memberRecords(230, 71);
  // 30 of them are already in the register: the list is sent again with more people.
  const first = path.join(workDir, 'DS dot 1.xlsx');
  fs.writeFileSync(first, messyWorkbook([{ name: 'THCS Vĩnh Thuận', records: recs.slice(0, 30) }]));
  await app.api('members.importCommit', {
    file: { fileName: 'DS dot 1.xlsx', dataBase64: fs.readFileSync(first).toString('base64') },
    unitId: CD01.id,
  });
  const file = path.join(workDir, 'DS doan vien 230.xlsx');
  fs.writeFileSync(file, messyWorkbook([{ name: 'THCS Vĩnh Thuận', records: recs }]));

  await app.open('doan-vien');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đoàn viên từ Excel' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText('200 mới')).toBeVisible();
  const rows = dialog.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(100);
  await expect(rows.first()).toContainText(recs[0].name);

  // The third page holds the last 30 rows, brought from the server.
  await dialog.getByRole('listitem', { name: '3' }).click();
  await expect(rows).toHaveCount(30);
  await expect(rows.last()).toContainText(recs[229].name);
  await expect(rows.first()).toContainText(recs[200].name);

  // "đã có": the 30 people of the first list, on one page.
  await dialog.getByText('30 đã có (bỏ qua)').click();
  await expect(rows).toHaveCount(30);
  await expect(rows.filter({ hasText: 'Đã có' })).toHaveCount(30);
  await expect(rows.first()).toContainText(recs[0].name);
  // "mới": two pages of new people; the second starts with the 101st of them.
  await dialog.getByText('200 mới').click();
  await expect(rows.first()).toContainText(recs[30].name);
  await dialog.getByRole('listitem', { name: '2' }).click();
  await expect(rows).toHaveCount(100);
  await expect(rows.first()).toContainText(recs[130].name);
  await expect(rows.filter({ hasText: 'Mới' })).toHaveCount(100);
  await shot(page, 'member-import-long-list-page-2');

  await dialog.getByRole('button', { name: 'Lưu 200 đoàn viên mới' }).click();
  await expect(page.getByText(/Đã nhập 200 đoàn viên mới/)).toBeVisible();
});
