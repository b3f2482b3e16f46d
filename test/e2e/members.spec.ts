import path from 'node:path';
import { foldVi } from '../../shared/text/vi';
import { memberRecords, writeMemberWorkbook } from '../fixtures/members/generate';
import { expect, shot, test } from './support/fixtures';
import { createUnits, typeDate, vnDate } from './support/flows';

test('a clerk imports a member list, searches without diacritics, transfers a member and sees both units change', async ({
  page,
  app,
  workDir,
}) => {
  await createUnits(app, [
    { code: 'CD01', name: 'Trường THCS Vĩnh Thuận' },
    { code: 'CD02', name: 'Công ty TNHH Thủy sản Minh Phú' },
  ]);
  const file = path.join(workDir, 'Danh sach doan vien.xlsx');
  const manifest = await writeMemberWorkbook(file, memberRecords(15, 3), { seed: 5 });
  const expectNew = manifest.rows.filter((r) => r.expect === 'new');
  const expectError = manifest.rows.filter((r) => r.expect === 'error');
  expect(expectError.length).toBeGreaterThan(0);

  await app.open('doan-vien');
  await expect(page.getByText('Chưa có đoàn viên nào theo bộ lọc này')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đoàn viên từ Excel' });
  await dialog.getByLabel('Công đoàn cơ sở nhận danh sách').click();
  await page.getByTitle('Trường THCS Vĩnh Thuận (CD01)').click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText(`${expectNew.length} mới`)).toBeVisible();
  await expect(dialog.getByText(`${expectError.length} lỗi`, { exact: true })).toBeVisible();
  const firstError = expectError[0];
  await expect(
    dialog
      .getByRole('row')
      .filter({ hasText: firstError.name || String(firstError.rowNumber) })
      .first(),
  ).toContainText('Lỗi');
  await shot(page, 'members-import-preview');
  await dialog.getByRole('button', { name: `Lưu ${expectNew.length} đoàn viên mới` }).click();
  await expect(page.getByText(new RegExp(`Đã nhập ${expectNew.length} đoàn viên mới`))).toBeVisible();
  await expect(page.getByText(`${expectNew.length} đoàn viên`, { exact: true })).toBeVisible();

  // "Lọc thêm" (its conditions are fetched when first opened): only the women, then everyone again.
  const women = expectNew.filter((r) => r.record.gender === 'nu').length;
  await page.getByRole('button', { name: 'Lọc thêm' }).click();
  await page.getByLabel('Giới tính').click();
  await page.getByTitle('Nữ', { exact: true }).click();
  await expect(page.getByText(`${women} đoàn viên`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Bỏ các điều kiện này' }).click();
  await expect(page.getByText(`${expectNew.length} đoàn viên`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Lọc thêm' }).click();

  // Search without diacritics.
  const target = expectNew.find((r) => r.name !== foldVi(r.name))!;
  await page.getByLabel('Tìm đoàn viên').fill(foldVi(target.name));
  const list = page.getByRole('table', { name: 'Danh sách đoàn viên' });
  await expect(list.getByRole('row').filter({ hasText: target.name }).first()).toBeVisible();
  await shot(page, 'members-search');

  // Transfer the member to the other unit.
  await list.getByRole('row').filter({ hasText: target.name }).first().click();
  await page.getByRole('button', { name: 'Ghi biến động…' }).click();
  await page.getByRole('menuitem', { name: 'Chuyển sinh hoạt' }).click();
  const ev = page.getByRole('dialog', { name: `Chuyển sinh hoạt: ${target.name}` });
  await ev.getByLabel('Chuyển sang công đoàn cơ sở').click();
  await page.getByTitle('Công ty TNHH Thủy sản Minh Phú (CD02)').click();
  await ev.getByLabel('Số quyết định (nếu có)').fill('15/QĐ-CĐ');
  await ev.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByText('Đã ghi nhận: Chuyển sinh hoạt.')).toBeVisible();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByText(/Chuyển sinh hoạt từ Trường THCS Vĩnh Thuận sang Công ty TNHH Thủy sản Minh Phú/)).toBeVisible();
  await shot(page, 'members-timeline');
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

  // Statistics as of today: one member moved from CD01 to CD02.
  await page.getByRole('tab', { name: 'Thống kê theo ngày' }).click();
  await typeDate(page, 'Ngày chốt số liệu', vnDate(app.today));
  const rowOf = (name: string) => page.getByRole('row').filter({ hasText: name });
  await expect(rowOf('Trường THCS Vĩnh Thuận').getByRole('cell').nth(2)).toHaveText(String(expectNew.length - 1));
  await expect(rowOf('Công ty TNHH Thủy sản Minh Phú').getByRole('cell').nth(2)).toHaveText('1');
  await shot(page, 'members-stats');
});
