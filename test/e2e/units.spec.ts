import fs from 'node:fs';
import path from 'node:path';
import { expect, shot, test } from './support/fixtures';
import { vnDate } from './support/flows';
import { officeUnitList } from '../fixtures/units/generate';
import { zipBombXlsx } from '../fixtures/files/hostile';

test('a clerk adds a unit, finds it without diacritics, and it survives a restart', async ({ page, app }) => {
  await app.open('cong-doan-co-so');
  await expect(page.getByText('Chưa có công đoàn cơ sở nào')).toBeVisible();

  await page.getByRole('main').getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm công đoàn cơ sở' });
  // Empty name: the message appears on the field and nothing is saved.
  await dialog.getByLabel('Mã đơn vị').fill('THCS-VT');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(dialog.getByText('Hãy nhập tên công đoàn cơ sở.')).toBeVisible();
  await dialog.getByLabel('Tên công đoàn cơ sở').fill('Trường THCS Vĩnh Thuận');
  await dialog.getByLabel('Khối').click();
  await page.getByTitle('Giáo dục').click();
  await dialog.getByLabel('Chủ tịch công đoàn').fill('Lê Kim Thoa');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(page.getByText('Đã thêm "Trường THCS Vĩnh Thuận".')).toBeVisible();
  await expect(page.getByRole('main').getByRole('cell', { name: 'Trường THCS Vĩnh Thuận', exact: true })).toBeVisible();

  // Duplicate code: refused with the message on the code field.
  await page.getByRole('main').getByRole('button', { name: 'Thêm đơn vị' }).click();
  await dialog.getByLabel('Mã đơn vị').fill('thcs-vt');
  await dialog.getByLabel('Tên công đoàn cơ sở').fill('Trường khác');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(dialog.getByText('Mã này đã được dùng cho "Trường THCS Vĩnh Thuận". Hãy chọn mã khác.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();

  await page.getByLabel('Tìm công đoàn cơ sở').fill('truong thcs vinh');
  await expect(page.getByRole('main').getByRole('cell', { name: 'Trường THCS Vĩnh Thuận', exact: true })).toBeVisible();
  await page.getByLabel('Tìm công đoàn cơ sở').fill('mam non');
  await expect(page.getByText('Không tìm thấy đơn vị nào khớp với "mam non".')).toBeVisible();

  await app.restart();
  await app.open('cong-doan-co-so');
  await expect(page.getByRole('main').getByRole('cell', { name: 'Trường THCS Vĩnh Thuận', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('cell', { name: 'Giáo dục', exact: true })).toBeVisible();
  await shot(page, 'units-list');

  // Dissolve with undo.
  await page.getByRole('button', { name: 'Thao tác khác với Trường THCS Vĩnh Thuận' }).click();
  await page.getByText('Giải thể…').click();
  // The default date is the app's today (the server's clock, pinned by E2E_TODAY), not the browser's.
  await expect(page.getByRole('dialog').getByLabel('Ngày giải thể')).toHaveValue(vnDate(app.today));
  // On a loaded machine a click that lands while the dialog is still opening can be lost: click again.
  const done = page.getByText('Đã giải thể "Trường THCS Vĩnh Thuận".');
  await expect(async () => {
    if (!(await done.isVisible())) await page.getByRole('dialog').getByRole('button', { name: 'Giải thể' }).click({ timeout: 2000 });
    await expect(done).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('main').getByRole('cell', { name: 'Trường THCS Vĩnh Thuận', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('main').getByRole('cell', { name: 'Trường THCS Vĩnh Thuận', exact: true })).toBeVisible();
});

test('a clerk imports a unit list from Excel with a preview, then exports it', async ({ page, app, workDir: dir }) => {
  const good = path.join(dir, 'Danh sach CDCS.xlsx');
  fs.writeFileSync(good, await officeUnitList());
  const bomb = path.join(dir, 'bom.xlsx');
  fs.writeFileSync(bomb, await zipBombXlsx());

  await app.open('cong-doan-co-so');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách công đoàn cơ sở từ Excel' });

  await dialog.locator('input[type=file]').setInputFiles(bomb);
  await expect(dialog.getByText(/bom nén/)).toBeVisible();

  await dialog.locator('input[type=file]').setInputFiles(good);
  await expect(dialog.getByText('3 mới')).toBeVisible();
  await expect(dialog.getByText('3 lỗi (sẽ bỏ qua)')).toBeVisible();
  await expect(dialog.getByText(/Ô G11: "31\/02\/2001" không phải ngày hợp lệ/)).toBeVisible();
  await expect(dialog.getByText('Khối mới sẽ được thêm vào danh mục: Khối đặc thù mới')).toBeVisible();
  await shot(page, 'units-import-preview');
  await dialog.getByRole('button', { name: 'Nhập 3 đơn vị' }).click();
  await expect(page.getByText('Đã nhập xong: 3 đơn vị mới, 0 đơn vị cập nhật, 3 dòng bỏ qua.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('cell', { name: 'Công ty TNHH Thủy sản Minh Phú', exact: true })).toBeVisible();
  await expect(page.getByText('3 đơn vị đang hoạt động')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Danh_sach_CDCS_.*\.xlsx$/);
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  expect(fs.statSync(saved).size).toBeGreaterThan(1000);
});
