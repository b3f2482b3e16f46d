import { expect, shot, test } from './support/fixtures';
import { documentDateText } from '../../shared/documents/dates';

test('a clerk fills the office identity and it persists', async ({ page, app }) => {
  await app.open();
  await expect(page.getByText('Chưa có thông tin đơn vị')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập thông tin đơn vị' }).click();
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();

  await page.getByLabel('Cơ quan cấp trên (dòng đầu, không in đậm)').fill('LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG');
  await page.getByLabel('Tên đơn vị ban hành văn bản').fill('LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN');
  await page.getByLabel('Địa danh ở dòng ngày tháng').fill('Vĩnh Thuận');
  await page.getByLabel('Ký hiệu trong số văn bản').fill('LĐ LĐ');
  await page.getByLabel('Thẩm quyền ký').fill('TM. BAN THƯỜNG VỤ');
  await page.getByLabel('Chức danh').fill('CHỦ TỊCH');
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  // Two problems, two messages on their fields; nothing saved yet.
  await expect(page.getByText(/Ký hiệu chỉ gồm chữ, số và dấu gạch ngang/)).toBeVisible();
  await expect(page.getByText('Hãy nhập họ tên người ký.')).toBeVisible();
  await page.getByLabel('Ký hiệu trong số văn bản').fill('LĐLĐ');
  await page.getByLabel('Người ký').fill('Lê Kim Thoa');
  await page.getByRole('button', { name: 'Thêm nơi nhận' }).click();
  await page.getByLabel('Nơi nhận 1').fill('Các CĐCS trực thuộc');
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByText('Đã lưu thông tin đơn vị.')).toBeVisible();
  await expect(page.getByLabel('Nơi nhận 2')).toHaveValue('Lưu: VT');
  const preview = page.getByLabel('Xem trước đầu văn bản');
  // The preview is dated today, as a document written now would be.
  await expect(preview.getByText(`Vĩnh Thuận, ${documentDateText(app.today.format('YYYY-MM-DD'))}`)).toBeVisible();
  await expect(preview.getByText('Số: 29/KH-LĐLĐ')).toBeVisible();
  await shot(page, 'settings-office', { fullPage: true });

  await app.restart();
  await app.open('cai-dat');
  await expect(page.getByLabel('Tên đơn vị ban hành văn bản')).toHaveValue('LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN');
  await expect(page.getByLabel('Người ký')).toHaveValue('Lê Kim Thoa');
  await expect(page.getByLabel('Nơi nhận 1')).toHaveValue('Các CĐCS trực thuộc');
  // The sidebar shows the office name everywhere.
  await expect(page.locator('.brand')).toContainText('LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN');

  await page.getByRole('tab', { name: 'Danh mục khối' }).click();
  await page.getByLabel('Tên khối mới').fill('Khối lực lượng vũ trang');
  await page.getByRole('button', { name: 'Thêm khối' }).click();
  await expect(page.getByText('Đã thêm khối "Khối lực lượng vũ trang".')).toBeVisible();
});
