import fs from 'node:fs';
import path from 'node:path';
import type { Route } from '@playwright/test';
import ExcelJS from 'exceljs';
import { memberRecords, writeMemberWorkbook } from '../fixtures/members/generate';
import { expect, shot, test } from './support/fixtures';
import { createUnits, setOffice } from './support/flows';

const ROWS = 20_000;
const UNIT_ROWS = 3000;

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

  // Saving, cancelled at once: nothing is saved. The save is held on its way to the program until
  // "Hủy" has been clicked (a quiet machine saves 20,000 rows faster than a click); the program
  // keeps a cancel that arrives before its call.
  let release = () => {};
  const clicked = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/members.importCommit', async (route) => {
    await clicked;
    await route.continue();
  });
  await save.click();
  await dialog.getByRole('button', { name: 'Hủy thao tác đang chạy' }).click();
  release();
  await expect(dialog.getByText(/Đã hủy theo yêu cầu\. Chưa có gì được lưu/)).toBeVisible({ timeout: 60_000 });
  await page.unroute('**/api/members.importCommit');
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

test('a unit list import shows its rows being checked, then saves them', async ({ page, app, workDir }) => {
  test.setTimeout(120_000);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS CĐCS');
  ws.addRow(['STT', 'Mã đơn vị', 'Tên công đoàn cơ sở', 'Khối']);
  for (let i = 1; i <= UNIT_ROWS; i++)
    ws.addRow([i, `DV${String(i).padStart(4, '0')}`, `Công ty TNHH Số ${i}`, 'Doanh nghiệp ngoài nhà nước']);
  const file = path.join(workDir, 'DS don vi.xlsx');
  await wb.xlsx.writeFile(file);

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('cong-doan-co-so');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách công đoàn cơ sở từ Excel' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  const bar = dialog.getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-label', /^Đang/);
  await shot(page, 'progress-unit-preview-1366');
  const save = dialog.getByRole('button', { name: `Nhập ${UNIT_ROWS} đơn vị` });
  await expect(save).toBeEnabled({ timeout: 60_000 });
  await expect(bar).toHaveCount(0);
  await save.click();
  await expect(page.getByText(`Đã nhập xong: ${UNIT_ROWS} đơn vị mới, 0 đơn vị cập nhật, 0 dòng bỏ qua.`)).toBeVisible({ timeout: 60_000 });
  expect((await app.api('units.list', {})).items).toHaveLength(UNIT_ROWS);
});

test('a backup and a restore show their progress; a restore cancelled while it checks changes nothing', async ({ page, app, workDir }) => {
  test.setTimeout(120_000);
  await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('cai-dat?tab=sao-luu');
  await page.getByLabel('Thư mục lưu bản sao').fill(workDir);
  await page.keyboard.press('Escape');
  await page.getByText('Đặt mật khẩu cho bản sao lưu (nên dùng)').click();
  // The answer is held back a moment so that the bar is seen whatever the speed of the machine.
  const slow = async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  };
  await page.route('**/api/backup.create', slow);
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', /^Đang/);
  await expect(page.getByText('Đừng rút USB cho đến khi sao lưu xong.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hủy thao tác đang chạy' })).toHaveCount(0); // a backup is not cancelled
  await shot(page, 'progress-backup-1366');
  await expect(page.getByText('Đã sao lưu và kiểm tra lại: tệp đọc được, dữ liệu trong tệp đầy đủ.')).toBeVisible({ timeout: 60_000 });
  const file = path.join(
    workDir,
    fs.readdirSync(workDir).find((f) => f.endsWith('.cdbk'))!,
  );

  await app.api('units.create', { code: 'CD02', name: 'Đơn vị thêm sau' });
  await page.getByLabel('Tệp sao lưu').fill(file);
  await page.getByRole('button', { name: 'Xem bản sao lưu' }).click();
  await expect(page.getByText('Bản sao lưu đã được kiểm tra: đầy đủ, không bị sửa')).toBeVisible();
  await page.route('**/api/backup.restore', slow);
  const restore = async () => {
    await page.getByRole('button', { name: 'Khôi phục dữ liệu từ bản này…' }).click();
    await page
      .getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu này?' })
      .getByRole('button', { name: 'Khôi phục', exact: true })
      .click();
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', /^Đang/);
  };
  // Cancelled at once: the cancel reaches the server before the call, which then stops at its first step.
  await restore();
  await page.getByRole('progressbar').scrollIntoViewIfNeeded();
  await shot(page, 'progress-restore-1366');
  await page.getByRole('button', { name: 'Hủy thao tác đang chạy' }).click();
  await expect(page.getByText(/Đã hủy theo yêu cầu\. Chưa có gì được lưu/)).toBeVisible({ timeout: 30_000 });
  expect((await app.api('units.list', {})).items.map((u) => u.code).sort()).toEqual(['CD01', 'CD02']);

  await restore();
  await expect(page.getByRole('dialog', { name: 'Đã khôi phục dữ liệu' })).toBeVisible({ timeout: 60_000 });
  expect((await app.api('units.list', {})).items.map((u) => u.code)).toEqual(['CD01']);
});

test('the BÁO CÁO shows its steps while it is drafted; cancelled, no document is made', async ({ page, app }) => {
  test.setTimeout(120_000);
  await setOffice(app);
  await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  const year = app.today.year();
  const round = await app.api('reports.createRound', {
    name: `Kết quả Tháng Công nhân năm ${year}`,
    code: `TCN${year}`,
    periodFrom: app.today.subtract(10, 'day').format('YYYY-MM-DD'),
    periodTo: app.today.add(10, 'day').format('YYYY-MM-DD'),
    deadline: app.today.add(5, 'day').format('YYYY-MM-DD'),
    indicators: await app.api('reports.defaultIndicators', {}),
  });
  // The answer is held back a moment so that the bar is seen whatever the speed of the machine.
  await page.route('**/api/results.draftReport', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await app.open(`ket-qua?dot=${round.id}`);
    await page.getByRole('button', { name: 'Soạn báo cáo (Word)' }).click();
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', /^Đang/);
    await shot(page, `progress-draft-report-${width}`);
    // Cancelled at once: the cancel reaches the server before the call, which then stops at its first step.
    await page.getByRole('button', { name: 'Hủy thao tác đang chạy' }).click();
    await expect(page.getByText(/Đã hủy theo yêu cầu\. Chưa có gì được lưu/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0);
  }
  expect((await app.api('documents.list', {})).items).toEqual([]);

  await page.getByRole('button', { name: 'Soạn báo cáo (Word)' }).click();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', /^Đang/);
  await expect(page.locator('.ant-modal-confirm-title').filter({ hasText: 'Đã soạn bản nháp báo cáo' })).toBeVisible({ timeout: 60_000 });
  expect((await app.api('documents.list', {})).items).toHaveLength(1);
});

test('the recovery screen shows the restore of a backup as it goes', async ({ page, app }) => {
  test.setTimeout(120_000);
  await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  await app.restart(); // closing the app makes an automatic backup
  await app.stopOnly();
  fs.writeFileSync(path.join(app.dataDir, 'congdoan.sqlite'), 'Tệp bị ghi đè bởi một chương trình khác.\n'.repeat(100));
  await app.start();
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await expect(page.getByText('Dữ liệu cần được khôi phục')).toBeVisible();
  await page.route('**/api/recovery.restore', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.getByRole('button', { name: 'Khôi phục bản này' }).click();
  await page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu này?' }).getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-label', /^Đang/);
  await expect(page.getByRole('dialog')).toHaveCount(0); // the bar is not behind the question
  await shot(page, 'progress-recovery-1366');
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible({ timeout: 60_000 });
  expect((await app.api('units.list', {})).items.map((u) => u.code)).toEqual(['CD01']);
});
