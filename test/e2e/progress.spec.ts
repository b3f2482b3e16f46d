import fs from 'node:fs';
import path from 'node:path';
import { memberRecords, writeMemberWorkbook } from '../fixtures/members/generate';
import { expect, shot, test } from './support/fixtures';
import { createUnits } from './support/flows';

const ROWS = 20_000;

test('a clerk imports a big member list watching its progress, cancels once (nothing saved), then saves it', async ({
  page,
  app,
  workDir,
}) => {
  test.setTimeout(180_000);
  await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  const file = path.join(workDir, 'DS doan vien lon.xlsx');
  await writeMemberWorkbook(file, memberRecords(ROWS, 71), { seed: 71, quirks: false, blankRate: 0 });

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('doan-vien');
  await page.getByRole('button', { name: /Nhập từ Excel$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đoàn viên từ Excel' });
  await dialog.getByLabel('Công đoàn cơ sở nhận danh sách').click();
  await page.getByTitle('Trường THCS Vĩnh Thuận (CD01)').click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  // Reading and checking the file: a labelled bar while it runs.
  const bar = dialog.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-label', /^Đang/);
  await shot(page, 'progress-member-preview-1366');
  const save = dialog.getByRole('button', { name: /^Lưu [\d.]+ đoàn viên mới$/ });
  await expect(save).toBeEnabled({ timeout: 90_000 });
  await expect(bar).toHaveCount(0);

  // Saving, cancelled at once: the import is rolled back.
  await save.click();
  await dialog.getByRole('button', { name: 'Hủy thao tác đang chạy' }).click();
  await expect(dialog.getByText(/Đã hủy theo yêu cầu\. Chưa có gì được lưu/)).toBeVisible({ timeout: 60_000 });
  expect((await app.api('members.list', { status: 'all', limit: 1 })).total).toBe(0);

  // Saving again: the bar follows the rows written, then the save ends.
  await save.click();
  const labels = new Set<string>();
  await expect
    .poll(
      async () => {
        const label = await bar.getAttribute('aria-label', { timeout: 100 }).catch(() => null);
        if (label) labels.add(label);
        if (label?.includes('/') && !labels.has('shot')) {
          labels.add('shot');
          await shot(page, 'progress-member-commit-1366');
        }
        return page.getByText(/Đã nhập [\d.]+ đoàn viên mới/).isVisible();
      },
      { timeout: 120_000, intervals: [50] },
    )
    .toBe(true);
  expect([...labels].some((l) => l.startsWith('Đang'))).toBe(true);
  expect((await app.api('members.list', { status: 'all', limit: 1 })).total).toBeGreaterThan(ROWS * 0.9);
});

test('the member list export shows its progress and the file comes down', async ({ page, app, workDir }) => {
  test.setTimeout(120_000);
  const { CD01 } = await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  const unitId = CD01.id;
  const file = path.join(workDir, 'ds.xlsx');
  await writeMemberWorkbook(file, memberRecords(3000, 72), { seed: 72, quirks: false, blankRate: 0 });
  const preview = await app.api('members.importPreview', {
    file: { fileName: 'ds.xlsx', dataBase64: fs.readFileSync(file).toString('base64') },
    unitId,
  });
  await app.api('members.importCommit', { batchId: preview.batchId, unitId, skipErrors: true });

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('doan-vien');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', /^Đang/);
  await shot(page, 'progress-member-export-1366');
  expect((await download).suggestedFilename()).toMatch(/^Danh_sach_doan_vien_.*\.xlsx$/);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});
