import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './support/fixtures';
import { setOffice, typeDate, vnDate } from './support/flows';

// A clerk enters a plan received from the province in the incoming register (with its PDF), finds
// it again without diacritics, sees its deadline on the dashboard, prints the register, and drafts
// the office's Tháng Công nhân plan from it: the basis line is written in.

const BASIS =
  'Thực hiện Kế hoạch số 29/KH-LĐLĐ, ngày 22/3/2024 của Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang về việc tổ chức các hoạt động Tháng Công nhân năm 2024.';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function twoSizes(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot(page, `${name}-1366`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, `${name}-1920`);
  await page.setViewportSize({ width: 1366, height: 800 });
}

test('a clerk registers an incoming plan and drafts the Tháng Công nhân plan from it', async ({ page, app }) => {
  test.setTimeout(180_000);
  await setOffice(app);
  await app.open('van-ban-den');
  await expect(page.getByText(/Sổ văn bản đến còn trống\. Khi nhận văn bản từ cấp trên/)).toBeVisible();

  // Into the register: the kind follows the number, the arrival number is given by the app.
  await page.getByRole('button', { name: 'Thêm văn bản đến' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm văn bản đến' });
  await typeDate(form, 'Ngày đến', '25/03/2024');
  await expect(form.getByPlaceholder('Tự động: 1')).toBeVisible();
  await form.getByLabel('Số và ký hiệu').fill('29/KH-LĐLĐ');
  await expect(form.getByText('Kế hoạch', { exact: true })).toBeVisible();
  await typeDate(form, 'Ngày văn bản', '22/03/2024');
  const deadline = app.today.add(10, 'day');
  await typeDate(form, 'Hạn xử lý', vnDate(deadline));
  await form.getByLabel('Nơi ban hành').fill('Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang');
  await form.getByLabel('Trích yếu').fill('Về việc tổ chức các hoạt động Tháng Công nhân năm 2024');
  await form.getByLabel('Người xử lý').fill('Nguyễn Thị Lan');
  // A wrong file is refused with the reason, on the file field.
  await form.locator('input[type=file]').setInputFiles({ name: 'bang-tinh.xlsx', mimeType: 'application/octet-stream', buffer: PDF });
  await form.getByRole('button', { name: 'Vào sổ' }).click();
  await expect(form.getByText(/Tệp "bang-tinh\.xlsx" không phải Word hoặc PDF/)).toBeVisible();
  await form.locator('input[type=file]').setInputFiles({ name: 'KH 29 LĐLĐ tỉnh.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(form.getByText('KH 29 LĐLĐ tỉnh.pdf')).toBeVisible();
  await twoSizes(page, 'incoming-form');
  await form.getByRole('button', { name: 'Vào sổ' }).click();
  await expect(page.getByText('Đã vào sổ: văn bản đến số 1 (29/KH-LĐLĐ).')).toBeVisible();
  await expect(form).toBeHidden();

  // Search without diacritics; the kept file comes back.
  const row = page.getByRole('row', { name: /29\/KH-LĐLĐ/ });
  await page.getByLabel('Tìm văn bản đến').fill('thang cong nhan kien giang');
  await expect(row).toBeVisible();
  await expect(row.getByText(`Còn 10 ngày`)).toBeVisible();
  await twoSizes(page, 'incoming-list');
  const downloadPromise = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Tải tệp KH 29 LĐLĐ tỉnh.pdf' }).click();
  expect((await downloadPromise).suggestedFilename()).toBe('KH 29 LĐLĐ tỉnh.pdf');
  await page.getByLabel('Tìm văn bản đến').fill('khong co van ban nay');
  await expect(page.getByText('Không tìm thấy văn bản nào khớp với "khong co van ban nay".')).toBeVisible();

  // The register printed as a book, A4 landscape.
  await page.getByLabel('Tìm văn bản đến').fill('');
  await page.getByRole('button', { name: 'In sổ văn bản đến' }).click();
  const book = page.getByRole('dialog', { name: 'Bản in' });
  const sheet = book.getByRole('region', { name: 'Sổ đăng ký văn bản đến' });
  await expect(sheet.getByText('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', { exact: true })).toBeVisible();
  await expect(sheet.getByText('Năm 2024', { exact: true })).toBeVisible();
  await expect(sheet.getByRole('cell', { name: '29/KH-LĐLĐ' })).toBeVisible();
  await expect(book.getByRole('button', { name: 'In…' })).toBeEnabled();
  await twoSizes(page, 'incoming-register');
  // Printed, the book is on A4 landscape pages (842 × 595 pt).
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
  fs.writeFileSync(path.join(process.env.SHOTS_DIR ?? 'test-results', 'incoming-register.pdf'), pdf);
  await book.getByRole('button', { name: 'Quay lại' }).click();

  // The dashboard lists the deadline with the days left.
  await app.open('');
  const card = page.locator('.ant-card').filter({ hasText: 'Văn bản đến sắp tới hạn' });
  await expect(card.getByText('Kế hoạch 29/KH-LĐLĐ')).toBeVisible();
  await expect(card.getByText('Còn 10 ngày')).toBeVisible();
  await shot(page, 'incoming-dashboard');

  // Draft the plan from it: the basis line is written exactly.
  await app.open('van-ban');
  await page.getByRole('button', { name: 'Tạo văn bản' }).click();
  const create = page.getByRole('dialog', { name: 'Tạo văn bản' });
  await create.getByRole('combobox', { name: 'Thực hiện văn bản' }).click();
  await create.getByRole('combobox', { name: 'Thực hiện văn bản' }).fill('29/kh thang cong nhan');
  await page.getByTitle(/^Kế hoạch số 29\/KH-LĐLĐ, ngày 22\/03\/2024/).click();
  await expect(create.getByLabel('Dòng căn cứ sẽ ghi')).toHaveText(BASIS);
  await shot(page, 'incoming-create-plan');
  await create.getByRole('button', { name: 'Tạo văn bản' }).click();
  const preview = page.getByLabel('Xem trước bản in');
  await expect(preview.getByText(BASIS, { exact: true })).toBeVisible();
  await shot(page, 'incoming-plan-preview');

  // Reopened, the draft still names the document it carries out, and its basis line.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Thực hiện văn bản' })).toBeVisible();
  await expect(page.getByLabel('Dòng căn cứ sẽ ghi')).toHaveText(BASIS);
  await expect(page.getByTitle(/^Kế hoạch số 29\/KH-LĐLĐ, ngày 22\/03\/2024/)).toBeVisible();
  await expect(page.getByText('Dòng căn cứ khác với văn bản đến đã chọn', { exact: false })).toHaveCount(0);

  // Issued, the plan is in the outgoing register.
  const drafts = await app.api('documents.list', {});
  await app.api('documents.issue', { id: drafts.items[0].id, number: null, date: app.today.format('YYYY-MM-DD') });
  await app.open(`van-ban-den?so=di&nam=${app.today.year()}`);
  const out = page.getByRole('dialog', { name: 'Bản in' });
  await expect(out.getByText('SỔ ĐĂNG KÝ VĂN BẢN ĐI', { exact: true })).toBeVisible();
  await expect(out.getByRole('cell', { name: '01/KH-LĐLĐ' })).toBeVisible();
  await expect(out.getByText(/^Kế hoạch tổ chức các hoạt động Tháng Công nhân năm \d{4}$/)).toBeVisible();
  await twoSizes(page, 'outgoing-register');
});
