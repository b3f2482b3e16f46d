import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import dayjs from 'dayjs';
import { expect, test } from '@playwright/test';
import { foldVi } from '../../shared/text/vi';
import { memberRecords, writeMemberWorkbook } from '../fixtures/members/generate';
import { apiCall } from './support/api';
import { startApp } from './support/app';

test('a clerk imports a member list, searches without diacritics, transfers a member and sees both units change', async ({ page }) => {
  const app = await startApp();
  await page.goto(`${app.url}#/doan-vien`);
  await apiCall(page, 'units.create', { code: 'CD01', name: 'Trường THCS Vĩnh Thuận' });
  await apiCall(page, 'units.create', { code: 'CD02', name: 'Công ty TNHH Thủy sản Minh Phú' });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-members-'));
  const file = path.join(dir, 'Danh sach doan vien.xlsx');
  const manifest = await writeMemberWorkbook(file, memberRecords(15, 3), { seed: 5 });
  const expectNew = manifest.rows.filter((r) => r.expect === 'new');
  const expectError = manifest.rows.filter((r) => r.expect === 'error');
  expect(expectError.length).toBeGreaterThan(0);

  await page.reload();
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
  await page.screenshot({ path: 'test-results/members-import-preview.png' });
  await dialog.getByRole('button', { name: `Lưu ${expectNew.length} đoàn viên mới` }).click();
  await expect(page.getByText(new RegExp(`Đã nhập ${expectNew.length} đoàn viên mới`))).toBeVisible();
  await expect(page.getByText(`${expectNew.length} đoàn viên`, { exact: true })).toBeVisible();

  // Search without diacritics.
  const target = expectNew.find((r) => r.name !== foldVi(r.name))!;
  await page.getByLabel('Tìm đoàn viên').fill(foldVi(target.name));
  const list = page.getByRole('table', { name: 'Danh sách đoàn viên' });
  await expect(list.getByRole('row').filter({ hasText: target.name }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/members-search.png' });

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
  await page.screenshot({ path: 'test-results/members-timeline.png' });
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

  // Statistics as of today: one member moved from CD01 to CD02.
  await page.getByRole('tab', { name: 'Thống kê theo ngày' }).click();
  const asOf = page.getByLabel('Ngày chốt số liệu');
  await asOf.click();
  await asOf.fill(dayjs().format('DD/MM/YYYY'));
  await asOf.press('Enter');
  const rowOf = (name: string) => page.getByRole('row').filter({ hasText: name });
  await expect(rowOf('Trường THCS Vĩnh Thuận').getByRole('cell').nth(2)).toHaveText(String(expectNew.length - 1));
  await expect(rowOf('Công ty TNHH Thủy sản Minh Phú').getByRole('cell').nth(2)).toHaveText('1');
  await page.screenshot({ path: 'test-results/members-stats.png' });
  await app.stop();
});
