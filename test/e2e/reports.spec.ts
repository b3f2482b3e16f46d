import fs from 'node:fs';
import path from 'node:path';
import { damagedXlsx } from '../fixtures/files/hostile';
import { fillTemplate } from '../fixtures/reports/generate';
import { expect, shot, test } from './support/fixtures';
import { createUnits, typeDate, vnDate } from './support/flows';

// A clerk runs a reporting round: creates it with the default Workers' Month indicators, writes
// the templates into a folder (a USB stick), imports a folder with one good, one duplicate and one
// broken file, sees the preview and the submission table, enters a paper report by hand.

test('a clerk sends templates, receives reports from a folder and sees who has reported', async ({ page, app, workDir: work }) => {
  test.setTimeout(120_000);
  const usbOut = path.join(work, 'USB-mau');
  fs.mkdirSync(usbOut);
  await createUnits(app, [
    { code: 'CD001', name: 'Trường THCS Vĩnh Thuận' },
    { code: 'CD002', name: 'Công ty TNHH Thủy sản Minh Phú' },
    { code: 'CD003', name: 'UBND xã Vĩnh Bình Bắc' },
  ]);

  // 1. Create the round.
  await app.open('bao-cao');
  await expect(page.getByText('Chưa có đợt báo cáo nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Tạo đợt báo cáo' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tạo đợt báo cáo' });
  const year = app.today.year();
  await dialog.getByLabel('Tên đợt báo cáo').fill(`Kết quả Tháng Công nhân năm ${year}`);
  await expect(dialog.getByLabel('Mã đợt')).toHaveValue(`TCN${year}`);
  await typeDate(dialog, 'Hạn nộp báo cáo', vnDate(app.today.add(5, 'day')), 'Tab');
  await expect(dialog.getByText('Tất cả công đoàn cơ sở đang hoạt động (3 đơn vị)')).toBeVisible();
  await shot(page, 'reports-round-form');
  await dialog.getByRole('button', { name: 'Tạo đợt' }).click();
  await expect(page.getByText(`Đã tạo đợt "Kết quả Tháng Công nhân năm ${year}".`)).toBeVisible();
  await expect(page.getByRole('heading', { name: `Kết quả Tháng Công nhân năm ${year}` })).toBeVisible();
  await expect(page.getByText('Còn 5 ngày').first()).toBeVisible();

  // 2. The indicator set (default Workers' Month catalogue).
  await page.getByRole('tab', { name: /Chỉ tiêu/ }).click();
  await expect(page.getByLabel('Nội dung chỉ tiêu dòng 1', { exact: true })).toHaveValue('Số hoạt động đã tổ chức trong Tháng Công nhân');
  await shot(page, 'reports-indicators');

  // 3. Templates out, into a folder.
  await page.getByRole('tab', { name: 'Gửi mẫu' }).click();
  await page.getByLabel('Thư mục ghi mẫu').fill(usbOut);
  await page.getByRole('button', { name: 'Ghi 3 tệp mẫu vào thư mục' }).click();
  await expect(page.getByText(`Đã ghi 3 tệp mẫu vào ${usbOut}.`)).toBeVisible();
  await shot(page, 'reports-send');
  const templates = fs.readdirSync(usbOut).sort();
  expect(templates).toEqual([
    `BC_TCN${year}_CD001_Truong_THCS_Vinh_Thuan.xlsx`,
    `BC_TCN${year}_CD002_Cong_ty_TNHH_Thuy_san_Minh_Phu.xlsx`,
    `BC_TCN${year}_CD003_UBND_xa_Vinh_Binh_Bac.xlsx`,
  ]);

  // Units fill them in.
  const a = await fillTemplate(fs.readFileSync(path.join(usbOut, templates[0])), { values: { '1.1': 5, '2.3': '1.500.000', '2.1': '12' } });
  const b = await fillTemplate(fs.readFileSync(path.join(usbOut, templates[1])), { values: { '1.1': 2, '5.1': 10 } });
  const bad = await fillTemplate(fs.readFileSync(path.join(usbOut, templates[2])), { values: { '2.1': 'năm người', '2.2': -5 } });

  // 4. First delivery: unit CD001's report.
  const first = path.join(work, 'USB-lan-1');
  fs.mkdirSync(first);
  fs.writeFileSync(path.join(first, 'bao cao THCS.xlsx'), a);
  await page.getByRole('tab', { name: 'Nhận báo cáo' }).click();
  await page.getByLabel('Thư mục chứa báo cáo').fill(first);
  await page.getByRole('button', { name: 'Đọc thư mục' }).click();
  await expect(page.getByText('Mới: 1')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 1 báo cáo' }).click();
  await expect(page.getByText('Đã nhập 1 báo cáo mới.').first()).toBeVisible();

  // 5. Second delivery: the same file again, a new one (in a sub-folder), and a broken file.
  const second = path.join(work, 'USB-lan-2');
  fs.mkdirSync(path.join(second, 'Cong ty Minh Phu'), { recursive: true });
  fs.writeFileSync(path.join(second, 'bao cao THCS.xlsx'), a);
  fs.writeFileSync(path.join(second, 'Cong ty Minh Phu', 'BC thang 5.xlsx'), b);
  fs.writeFileSync(path.join(second, 'hong.xlsx'), await damagedXlsx());
  // CD003 sent its template back untouched: not a report.
  fs.copyFileSync(path.join(usbOut, templates[2]), path.join(second, 'UBND xa.xlsx'));
  await page.getByLabel('Thư mục chứa báo cáo').fill(second);
  await page.getByRole('button', { name: 'Đọc thư mục' }).click();
  await expect(page.getByText('Xem trước: 4 tệp')).toBeVisible();
  const rows = page.locator('.ant-table-row');
  await expect(rows.filter({ hasText: 'bao cao THCS.xlsx' })).toContainText('Đã nhập rồi');
  await expect(rows.filter({ hasText: 'bao cao THCS.xlsx' })).toContainText('không có gì thay đổi');
  await expect(rows.filter({ hasText: 'Cong ty Minh Phu/BC thang 5.xlsx' })).toContainText('Mới');
  await expect(rows.filter({ hasText: 'Cong ty Minh Phu/BC thang 5.xlsx' })).toContainText('Công ty TNHH Thủy sản Minh Phú');
  await expect(rows.filter({ hasText: 'hong.xlsx' })).toContainText('Lỗi');
  await expect(rows.filter({ hasText: 'hong.xlsx' })).toContainText('hỏng');
  await expect(rows.filter({ hasText: 'UBND xa.xlsx' })).toContainText('Mẫu còn trống — chưa tính là đã nộp');
  await expect(page.getByRole('checkbox', { name: 'Nhập tệp UBND xa.xlsx' })).not.toBeChecked();
  // Unticking a file leaves it out; ticking it again takes it back.
  const minhPhu = page.getByRole('checkbox', { name: 'Nhập tệp Cong ty Minh Phu/BC thang 5.xlsx' });
  await minhPhu.uncheck();
  await expect(page.getByRole('button', { name: 'Nhập 0 báo cáo' })).toBeDisabled();
  await expect(rows.filter({ hasText: 'Cong ty Minh Phu/BC thang 5.xlsx' })).toContainText('Không nhập (đã bỏ chọn)');
  await minhPhu.check();
  await shot(page, 'reports-import-preview', { fullPage: true });
  await page.getByRole('button', { name: 'Nhập 1 báo cáo' }).click();
  await expect(
    page
      .getByText(
        'Đã nhập 1 báo cáo mới, 1 tệp đã nhập rồi nên không thay đổi gì, không nhập 1 tệp (mẫu còn trống, bản cũ hơn hoặc bỏ chọn), 1 tệp lỗi không được nhập.',
      )
      .first(),
  ).toBeVisible();

  // 6. A file with wrong cells, picked with the file chooser: per-cell problems.
  const badFile = path.join(work, 'CD003 loi.xlsx');
  fs.writeFileSync(badFile, bad);
  await page.getByTestId('chon-tep').setInputFiles(badFile);
  await expect(page.getByText(/Ô E\d+: 'năm người' không phải là số/)).toBeVisible();
  await expect(page.getByText(/Ô E\d+: '-5' là số âm/)).toBeVisible();
  await shot(page, 'reports-cell-problems', { fullPage: true });
  await page.getByRole('button', { name: 'Hủy' }).click();

  // 7. Who has reported.
  await page.getByRole('tab', { name: 'Tình hình nộp' }).click();
  await expect(page.getByText('Đúng hạn (2)')).toBeVisible();
  await expect(page.getByText('Chưa nộp (1)')).toBeVisible();
  const statusRow = (name: string) => page.locator('.ant-table-row').filter({ hasText: name });
  await expect(statusRow('Trường THCS Vĩnh Thuận')).toContainText('Đã nộp đúng hạn');
  await expect(statusRow('Trường THCS Vĩnh Thuận')).toContainText('bao cao THCS.xlsx');
  await expect(statusRow('UBND xã Vĩnh Bình Bắc')).toContainText('Chưa nộp');
  await shot(page, 'reports-status');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất danh sách chưa nộp (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toMatch(new RegExp(`^Chua_nop_TCN${year}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  await page.getByText('Chưa nộp (1)').click();
  await expect(page.locator('.ant-table-row')).toHaveCount(1);

  // 8. A paper report typed by hand.
  await statusRow('UBND xã Vĩnh Bình Bắc').getByRole('button', { name: 'Nhập tay' }).click();
  await expect(page.getByText('Đơn vị này chưa có báo cáo.')).toBeVisible();
  await page.getByLabel('Kết quả chỉ tiêu 1.1', { exact: true }).fill('năm');
  await page.getByRole('button', { name: 'Lưu số liệu (nhập tay)' }).click();
  await expect(page.getByText("'năm' không phải là số; hãy ghi bằng chữ số, ví dụ 12.")).toBeVisible();
  await page.getByLabel('Kết quả chỉ tiêu 1.1', { exact: true }).fill('5');
  await page.getByLabel('Kết quả chỉ tiêu 2.3', { exact: true }).fill('1,5 triệu');
  await page.getByRole('button', { name: 'Lưu số liệu (nhập tay)' }).click();
  await expect(page.getByText('Đã lưu số liệu của "UBND xã Vĩnh Bình Bắc" (nhập tay).')).toBeVisible();
  await expect(page.getByText(/Số liệu đang dùng: Nhập tay, nhận ngày/)).toBeVisible();
  await expect(page.getByLabel('Kết quả chỉ tiêu 2.3', { exact: true })).toHaveValue('1.500.000');
  await shot(page, 'reports-manual', { fullPage: true });

  await page.getByRole('tab', { name: 'Tình hình nộp' }).click();
  await expect(page.getByText('Nhập tay (1)')).toBeVisible();
  await expect(page.getByText('Chưa nộp (0)')).toBeVisible();

  // 9. The dashboard card.
  await app.open('tong-quan');
  const card = page.locator('.ant-card').filter({ hasText: 'Báo cáo từ cơ sở' });
  await expect(card).toContainText(`Kết quả Tháng Công nhân năm ${year}`);
  await expect(card).toContainText('Đã nộp 3/3 đơn vị');
  await expect(card).toContainText('Đã đủ báo cáo');
  await shot(page, 'reports-dashboard');

  // 10. The list of rounds.
  await app.open('bao-cao');
  await expect(page.getByRole('button', { name: `Kết quả Tháng Công nhân năm ${year}` })).toBeVisible();
  await shot(page, 'reports-rounds');
});
