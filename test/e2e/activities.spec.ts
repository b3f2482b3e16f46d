import fs from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import dayjs from 'dayjs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiCall } from './support/api';
import { startApp } from './support/app';

// A clerk logs the office's visit to two members in hardship, sees it on each member's page and in
// the round's totals, drills down to the sources, and opens the print views.

const SHOTS = process.env.SHOTS_DIR ?? 'test-results';

/**
 * Searches the register from the beneficiary picker and picks one member; tries again if the
 * click landed while the list of results was being replaced (on a loaded machine).
 */
async function pickMember(page: Page, dialog: Locator, query: string, title: string, count: number) {
  const search = dialog.getByLabel('Tìm đoàn viên được hỗ trợ');
  const picked = dialog.getByText(`Đoàn viên được hỗ trợ (${count})`);
  await expect(async () => {
    if (await picked.isVisible()) return;
    await search.click();
    await search.fill(query);
    await page.getByTitle(title).click({ timeout: 5000 });
    await expect(picked).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}

async function typeDate(page: Page, label: string, value: string) {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

test('log a visit with two member beneficiaries, see it on the member and in the round totals, print', async ({ page }) => {
  test.setTimeout(180_000);
  const app = await startApp();
  await page.goto(`${app.url}#/hoat-dong`);
  await apiCall(page, 'settings.update', {
    superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG',
    issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN',
    placeName: 'Vĩnh Thuận',
    codeSuffix: 'LĐLĐ',
    signerAuthority: 'TM. BAN THƯỜNG VỤ',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Lê Kim Thoa',
    recipients: ['Ban TG-NC LĐLĐ tỉnh', 'Lưu: VT'],
  });
  const sectors = await apiCall(page, 'sectors.list', {});
  const sector = (name: string) => sectors.find((s) => s.name === name)!.id;
  const school = await apiCall(page, 'units.create', {
    code: 'CD01',
    name: 'Trường THCS Vĩnh Thuận',
    sectorId: sector('Giáo dục'),
    chairName: 'Phạm Văn Lợi',
    phone: '0912 345 678',
  });
  const company = await apiCall(page, 'units.create', {
    code: 'CD02',
    name: 'Công ty TNHH Thủy sản Minh Phú',
    sectorId: sector('Doanh nghiệp ngoài nhà nước'),
  });
  await apiCall(page, 'units.create', { code: 'CD03', name: 'UBND xã Vĩnh Bình Bắc', sectorId: sector('Xã, phường, thị trấn') });
  await apiCall(page, 'members.create', { unitId: school.id, name: 'Trần Thị Bé', birthDate: '1985' });
  await apiCall(page, 'members.create', { unitId: company.id, name: 'Lê Văn Tám', birthDate: '1990' });
  await apiCall(page, 'members.create', { unitId: company.id, name: 'Nguyễn Văn An', birthDate: '1992' });
  const today = dayjs();
  const year = today.year();
  const indicators = await apiCall(page, 'reports.defaultIndicators', {});
  const round = await apiCall(page, 'reports.createRound', {
    name: `Kết quả Tháng Công nhân năm ${year}`,
    code: `TCN${year}`,
    periodFrom: today.subtract(10, 'day').format('YYYY-MM-DD'),
    periodTo: today.add(10, 'day').format('YYYY-MM-DD'),
    deadline: today.add(5, 'day').format('YYYY-MM-DD'),
    indicators,
  });
  const ind = (code: string) => round.indicators.find((i) => i.code === code)!.id;
  await apiCall(page, 'reports.saveManual', {
    roundId: round.id,
    unitId: school.id,
    receivedOn: today.format('YYYY-MM-DD'),
    values: [
      { indicatorId: ind('1.1'), value: 3 },
      { indicatorId: ind('2.1'), value: 10 },
      { indicatorId: ind('2.3'), value: '5.000.000' },
    ],
  });
  await page.reload();

  // 1. Log the visit.
  await expect(page.getByRole('heading', { name: 'Hoạt động' })).toBeVisible();
  await expect(page.getByText('Chưa ghi hoạt động nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi hoạt động' });
  await expect(dialog.getByText('Thăm hỏi, tặng quà', { exact: true })).toBeVisible();
  await dialog.getByLabel('Tên hoạt động').fill('Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn');
  await typeDate(page, 'Ngày tổ chức', today.format('DD/MM/YYYY'));
  await expect(dialog.getByText(`Kết quả Tháng Công nhân năm ${year}`)).toBeVisible(); // round chosen from the date
  await dialog.getByLabel('Địa điểm').fill('Xã Vĩnh Bình Bắc');
  await dialog.getByLabel('Kinh phí công đoàn').fill('1000000');
  await dialog.getByLabel('Người sử dụng lao động').fill('500000');
  await pickMember(page, dialog, 'tran thi be', 'Trần Thị Bé (1985) — Trường THCS Vĩnh Thuận', 1);
  await pickMember(page, dialog, 'le van tam', 'Lê Văn Tám (1990) — Công ty TNHH Thủy sản Minh Phú', 2);
  await dialog.getByLabel('Hoàn cảnh của Lê Văn Tám').click();
  await page.getByTitle('Tai nạn lao động').click();
  await expect(dialog.getByText('Đoàn viên được hỗ trợ (2)')).toBeVisible();
  await expect(dialog.getByText('Tổng: 1.500.000 đ')).toBeVisible();
  await dialog.getByText('Kinh phí theo nguồn').click(); // closes the open drop-down
  await page.screenshot({ path: `${SHOTS}/activities-form.png` });
  await dialog.getByRole('button', { name: 'Lưu hoạt động' }).click();
  await expect(page.getByText('Đã lưu hoạt động "Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn".')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn' });
  await expect(row).toContainText('LĐLĐ huyện');
  await expect(row).toContainText('1.500.000 đ');
  await expect(row).toContainText(`Kết quả Tháng Công nhân năm ${year}`);

  // A unit's activity too, for the list and the calendar.
  await apiCall(page, 'activities.create', {
    typeId: (await apiCall(page, 'activities.types', {})).find((t) => t.name === 'Văn hóa, văn nghệ, thể dục thể thao')!.id,
    unitId: company.id,
    date: today.format('YYYY-MM-DD'),
    endDate: today.add(1, 'day').format('YYYY-MM-DD'),
    title: 'Hội thao công nhân chào mừng Tháng Công nhân',
    participants: 180,
  });
  await page.reload();
  await expect(page.getByText('Hội thao công nhân chào mừng Tháng Công nhân')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/activities-list.png` });
  await page.getByText('Lịch', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/activities-calendar.png` });
  await page.getByRole('button', { name: 'Loại hoạt động' }).click();
  const typesDialog = page.getByRole('dialog', { name: 'Loại hoạt động và chỉ tiêu được tính' });
  await expect(typesDialog.getByLabel('Tên loại hoạt động')).toHaveValue('Thăm hỏi, tặng quà');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/activities-types.png` });
  await typesDialog.getByRole('button', { name: 'Hủy' }).click();

  // Picking someone already supported in the round warns the clerk.
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const again = page.getByRole('dialog', { name: 'Ghi hoạt động' });
  await typeDate(page, 'Ngày tổ chức', today.format('DD/MM/YYYY'));
  await expect(again.getByText(`Kết quả Tháng Công nhân năm ${year}`)).toBeVisible();
  await pickMember(page, again, 'tran thi be', 'Trần Thị Bé (1985) — Trường THCS Vĩnh Thuận', 1);
  await expect(again.getByText('Đã được hỗ trợ 1 lần')).toBeVisible();
  await expect(again.getByText(/1 người đã được hỗ trợ trong đợt báo cáo này/)).toBeVisible();
  await again.getByText('Kinh phí theo nguồn').click(); // closes the open drop-down
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/activities-form-warning.png` });
  await again.getByRole('button', { name: 'Hủy' }).click();

  // 2. The member's page shows the support received.
  await page.goto(`${app.url}#/doan-vien`);
  await page.getByLabel('Tìm đoàn viên').fill('tran thi be');
  await page.getByRole('table', { name: 'Danh sách đoàn viên' }).getByRole('row').filter({ hasText: 'Trần Thị Bé' }).first().click();
  const support = page.getByRole('region', { name: 'Hỗ trợ đã nhận' });
  await expect(support.getByText('Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn')).toBeVisible();
  await expect(support).toContainText('1.500.000 đ');
  await support.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${SHOTS}/activities-member-support.png` });

  // 3. The round's totals: 10 visited from the school's report + 2 from the office's visit.
  await page.goto(`${app.url}#/bao-cao?dot=${round.id}`);
  await page.getByRole('link', { name: 'Kết quả tổng hợp, in, soạn báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Kết quả tổng hợp' })).toBeVisible();
  const r21 = page
    .locator('.results-table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '2.1', exact: true }) });
  await expect(r21.getByRole('cell').nth(3)).toHaveText('10');
  await expect(r21.getByRole('cell').nth(4)).toHaveText('2');
  await expect(r21.getByRole('cell').nth(6)).toHaveText('12');
  const r23 = page
    .locator('.results-table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '2.3', exact: true }) });
  await expect(r23.getByRole('cell').nth(6)).toHaveText('6.500.000');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/results-overview.png` });
  await page.screenshot({ path: `${SHOTS}/results-overview-full.png`, fullPage: true });

  await r21.getByRole('button', { name: 'Nguồn số liệu chỉ tiêu 2.1' }).click();
  const drawer = page.getByRole('dialog', { name: /^Nguồn số liệu: 2\.1\./ });
  await expect(drawer.getByRole('row').filter({ hasText: 'Trường THCS Vĩnh Thuận' })).toContainText('10');
  await expect(drawer.getByText('Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn')).toBeVisible();
  await expect(drawer.getByText('Văn phòng tổ chức: cộng vào tổng')).toBeVisible();
  await page.waitForTimeout(500); // the drawer slides in
  await page.screenshot({ path: `${SHOTS}/results-sources.png` });
  await drawer.getByRole('button', { name: 'Đóng' }).click();

  await page.getByRole('tab', { name: 'Theo khối' }).click();
  await page.screenshot({ path: `${SHOTS}/results-sectors.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Tỷ lệ và cài đặt' }).click();
  await page.screenshot({ path: `${SHOTS}/results-settings.png`, fullPage: true });

  // 4. Print views: results, units that have not reported, member statistics.
  await page.getByRole('button', { name: 'In…' }).click();
  await page.getByRole('menuitem', { name: 'Bảng kết quả (A4)' }).click();
  const print = page.getByRole('dialog', { name: 'Bản in' });
  await expect(print.getByText('BẢNG TỔNG HỢP KẾT QUẢ', { exact: true })).toBeVisible();
  await expect(print.getByText('LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN')).toBeVisible();
  await expect(
    print
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '2.1', exact: true }) })
      .first(),
  ).toContainText('12');
  await page.screenshot({ path: `${SHOTS}/results-print.png` });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${SHOTS}/results-print.pdf`, preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  await print.getByRole('button', { name: 'Quay lại' }).click();

  await page.getByRole('button', { name: 'In…' }).click();
  await page.getByRole('menuitem', { name: 'Danh sách đơn vị chưa nộp báo cáo' }).click();
  await expect(page.getByText('DANH SÁCH CÔNG ĐOÀN CƠ SỞ CHƯA NỘP BÁO CÁO', { exact: true })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Bản in' }).getByText('Công ty TNHH Thủy sản Minh Phú')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/results-print-missing.png` });
  await page.pdf({ path: `${SHOTS}/results-print-missing.pdf`, preferCSSPageSize: true });
  await page.getByRole('button', { name: 'Quay lại' }).click();

  await page.getByRole('button', { name: 'In…' }).click();
  await page.getByRole('menuitem', { name: 'Thống kê đoàn viên theo ngày' }).click();
  await expect(page.getByText('THỐNG KÊ ĐOÀN VIÊN', { exact: true })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Bản in' }).getByRole('row').filter({ hasText: 'Tổng cộng' })).toContainText('3');
  await page.screenshot({ path: `${SHOTS}/results-print-members.png` });
  await page.pdf({ path: `${SHOTS}/results-print-members.pdf`, preferCSSPageSize: true });
  await page.getByRole('button', { name: 'Quay lại' }).click();

  // 5. The BÁO CÁO drafted as a document of "Kế hoạch & văn bản".
  await page.getByRole('button', { name: 'Soạn báo cáo (Word)' }).click();
  await expect(page.locator('.ant-modal-confirm-title').filter({ hasText: 'Đã soạn bản nháp báo cáo' })).toBeVisible();
  await page.getByRole('button', { name: 'Mở bản nháp' }).click();
  await expect(page).toHaveURL(/#\/van-ban\?id=\d+/);
  await expect(page.getByText(/thăm hỏi, tặng quà 12 lượt đoàn viên/).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/results-report-draft.png` });

  // The PDFs of the print views render to images (looked at by hand; here: they are real PDFs).
  for (const f of ['results-print.pdf', 'results-print-missing.pdf', 'results-print-members.pdf']) {
    expect(fs.readFileSync(`${SHOTS}/${f}`).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }
  if (spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0) {
    execFileSync('pdftoppm', ['-png', '-r', '50', `${SHOTS}/results-print.pdf`, `${SHOTS}/results-print-pdf`]);
  }
  await app.stop();
});
