import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { paragraphsOf, readDocx } from '../unit/documents/read-docx';
import { expect, shot, test } from './support/fixtures';
import { setOffice } from './support/flows';

// A clerk makes the Tháng Công nhân plan from the built-in template, edits it, issues it, downloads
// the Word file, prints it, and makes next year's plan from it.

/** The outline text area holding exactly `text`. */
async function outlineLine(page: Page, text: string) {
  const all = page.locator('textarea[data-uid]');
  const index = await all.evaluateAll((els, t) => els.findIndex((e) => (e as unknown as { value: string }).value === t), text);
  expect(index, `no outline line "${text}"`).toBeGreaterThanOrEqual(0);
  return all.nth(index);
}

test('a clerk makes the Tháng Công nhân plan from the template, edits it, issues it and downloads the .docx', async ({
  page,
  app,
  workDir,
}) => {
  test.setTimeout(180_000);
  await setOffice(app);
  await app.open('van-ban');
  await expect(page.getByText(/Chưa có văn bản nào\. Bấm "Tạo văn bản"/)).toBeVisible();

  await page.getByRole('button', { name: 'Tạo văn bản' }).click();
  const create = page.getByRole('dialog', { name: 'Tạo văn bản' });
  await create.getByLabel('Năm', { exact: true }).fill('2025');
  await expect(create.getByText('Kế hoạch tổ chức các hoạt động Tháng Công nhân năm 2025')).toBeVisible();
  await create.getByLabel('Chủ đề của năm').fill('Công nhân chủ động - Công đoàn đồng hành');
  // Anniversaries: the round ones of the period and of the weeks before it are ticked (30/4 for a May plan).
  const anniversaries = create.getByRole('group', { name: 'Ngày kỷ niệm đưa vào văn bản' });
  await expect(anniversaries.getByRole('checkbox', { name: /50 năm Ngày Giải phóng miền Nam/ })).toBeChecked();
  await expect(anniversaries.getByRole('checkbox', { name: /71 năm Chiến thắng Điện Biên Phủ/ })).not.toBeChecked();
  await anniversaries.getByRole('checkbox', { name: /139 năm Ngày Quốc tế Lao động/ }).check();
  await shot(page, 'documents-create');
  await create.getByRole('button', { name: 'Tạo văn bản' }).click();

  // The editor, with the preview laid out like the printed page.
  await expect(page.getByRole('heading', { name: /Kế hoạch: Tổ chức các hoạt động Tháng Công nhân năm 2025/ })).toBeVisible();
  const preview = page.getByLabel('Xem trước bản in');
  await expect(preview.getByText('KẾ HOẠCH', { exact: true })).toBeVisible();
  await expect(preview.getByText('Số:      /KH-LĐLĐ')).toBeVisible();
  await expect(preview.getByText(/kỷ niệm 139 năm Ngày Quốc tế Lao động 1\/5 \(1\/5\/1886 - 1\/5\/2025\)/).first()).toBeVisible();
  await expect(preview.getByText('1. Chủ đề: “Công nhân chủ động - Công đoàn đồng hành”')).toBeVisible();

  // Edit a section: rename it, then Enter adds a line under it and Tab makes it a bullet.
  const heading = await outlineLine(page, 'Hoạt động tuyên truyền');
  await heading.fill('Hoạt động tuyên truyền, vận động');
  await heading.press('End');
  await heading.press('Enter');
  await page.keyboard.type('Tuyên truyền trên trang thông tin của đơn vị.');
  await page.keyboard.press('Tab');
  await expect(preview.getByText('5. Hoạt động tuyên truyền, vận động', { exact: true })).toBeVisible();
  await expect(preview.getByText('- Tuyên truyền trên trang thông tin của đơn vị.', { exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/Đã lưu lúc \d\d:\d\d/, { timeout: 10_000 });
  await shot(page, 'documents-editor');

  // Autosaved: a reload shows the edit.
  await page.reload();
  await expect(
    page.getByLabel('Xem trước bản in').getByText('- Tuyên truyền trên trang thông tin của đơn vị.', { exact: true }),
  ).toBeVisible();

  // Version history lists the autosave.
  await page.getByRole('button', { name: 'Lịch sử' }).click();
  await expect(page.getByText('Tự động lưu').first()).toBeVisible();
  await expect(page.getByText('Tạo văn bản', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  // Issue: the next number of the register, today's date; then the document is locked.
  await page.getByRole('button', { name: 'Ban hành…' }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await expect(issue.getByText(/Chưa có kế hoạch nào được cấp số trong năm \d{4}: số đầu tiên là 1\./)).toBeVisible();
  await expect(issue.getByLabel('Số văn bản')).toHaveValue('1');
  await expect(issue.getByText('Số: 01/KH-LĐLĐ')).toBeVisible();
  await shot(page, 'documents-issue');
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành: số 01/KH-LĐLĐ. Văn bản đã khóa.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Kế hoạch số 01\/KH-LĐLĐ/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ban hành…' })).toHaveCount(0);
  await expect(await outlineLine(page, 'Hoạt động tuyên truyền, vận động')).toHaveAttribute('readonly', '');

  // Download the .docx and read it back.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải Word' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('KH_01-kh-ldld_to-chuc-cac-hoat-dong-thang-cong-nhan-nam-2025.docx');
  const saved = path.join(workDir, download.suggestedFilename());
  await download.saveAs(saved);
  const lines = paragraphsOf(readDocx(fs.readFileSync(saved)).document).map((p) => p.text);
  expect(lines).toContain('Số: 01/KH-LĐLĐ');
  expect(lines).toContain('5. Hoạt động tuyên truyền, vận động');
  expect(lines).toContain('- Tuyên truyền trên trang thông tin của đơn vị.');
  expect(lines).toContain('Lê Kim Thoa');

  // Print view: the document alone, on A4 pages with the official margins.
  await page.getByRole('button', { name: 'Xem bản in' }).click();
  const printView = page.getByRole('dialog', { name: 'Bản in' });
  await expect(printView.getByText('KẾ HOẠCH', { exact: true })).toBeVisible();
  await expect(printView.getByRole('button', { name: 'In…' })).toBeEnabled();
  await shot(page, 'documents-print-view');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(4);
  fs.writeFileSync(path.join(process.env.SHOTS_DIR ?? 'test-results', 'documents-print.pdf'), pdf);
  await printView.getByRole('button', { name: 'Quay lại' }).click();

  // Next year's plan from this one: the changes are listed, then the new draft opens.
  await page.getByRole('button', { name: 'Làm kế hoạch năm sau' }).click();
  const next = page.getByRole('dialog', { name: 'Làm văn bản năm sau từ văn bản này' });
  await expect(next.getByLabel('Năm của văn bản mới')).toHaveValue('2026');
  await next.getByRole('button', { name: 'Xem trước những chỗ cần sửa' }).click();
  // Before anything is created: what the clerk must change by hand, and the anniversaries.
  const review = page.getByRole('dialog', { name: 'Trước khi tạo bản nháp năm 2026' });
  await expect(review.getByText(/Chủ đề “Công nhân chủ động - Công đoàn đồng hành” là chủ đề năm 2025\./)).toBeVisible();
  await expect(review.getByLabel('Ngày kỷ niệm nên bỏ').getByText(/51 năm Ngày Giải phóng miền Nam/)).toBeVisible();
  await review.getByRole('button', { name: 'Đã đọc, tạo bản nháp năm 2026' }).click();
  const changes = page.getByRole('dialog', { name: 'Đã tạo bản nháp năm 2026' });
  await expect(changes.getByText(/chỗ đã thay đổi\. Hãy đọc lại trước khi ban hành\./)).toBeVisible();
  await expect(changes.getByText('Trích yếu', { exact: true })).toBeVisible();
  await expect(changes.getByText('Số văn bản', { exact: true })).toBeVisible();
  await shot(page, 'documents-next-year');
  await changes.getByRole('button', { name: 'Mở bản nháp mới' }).click();
  await expect(page.getByRole('heading', { name: /Tổ chức các hoạt động Tháng Công nhân năm 2026/ })).toBeVisible();
  await expect(
    page
      .getByLabel('Xem trước bản in')
      .getByText(/kỷ niệm 140 năm Ngày Quốc tế Lao động 1\/5 \(1\/5\/1886 - 1\/5\/2026\)/)
      .first(),
  ).toBeVisible();

  // The list: both documents; search without diacritics; filter by state.
  await page.getByRole('button', { name: 'Danh sách' }).click();
  await expect(page.getByRole('cell', { name: '01/KH-LĐLĐ' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Tháng Công nhân năm 2026/ })).toBeVisible();
  await shot(page, 'documents-list');
  await page.getByLabel('Tìm văn bản').fill('thang cong nhan 2026');
  await expect(page.getByRole('link', { name: /Tháng Công nhân năm 2025/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Tháng Công nhân năm 2026/ })).toBeVisible();
});

test('issuing refuses a number already in the register, on the number field', async ({ page, app }) => {
  await setOffice(app);
  const iso = app.today.format('YYYY-MM-DD');
  const a = await app.api('documents.create', { templateKey: 'bao-cao', year: 2025, date: iso });
  await app.api('documents.issue', { id: a.document.id, number: 7, date: iso });
  const b = await app.api('documents.create', { templateKey: 'bao-cao', year: 2025, date: iso });

  await app.open(`van-ban?id=${b.document.id}`);
  await page.getByRole('button', { name: 'Ban hành…' }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành báo cáo' });
  await expect(issue.getByLabel('Số văn bản')).toHaveValue('8');
  await issue.getByLabel('Số văn bản').fill('7');
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(
    issue.getByText(/Số 07\/BC-LĐLĐ năm \d{4} đã cấp cho văn bản "Kết quả … năm 2025"\. Số tiếp theo còn trống: 8\./),
  ).toBeVisible();
  await issue.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('button', { name: 'Ban hành…' })).toBeVisible();
});

test('a clerk adds a date to the list of anniversaries and new plans use it', async ({ page, app }) => {
  await setOffice(app);
  await app.open('cai-dat');
  await page.getByRole('tab', { name: 'Ngày kỷ niệm' }).click();
  await page.getByLabel('Năm xem thử').fill('2025');
  await expect(page.getByText('kỷ niệm 139 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2025)')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm ngày kỷ niệm' }).click();
  await page.getByLabel('Tên sự kiện').last().fill('Ngày giải phóng tỉnh');
  await page.getByLabel('Ngày của Ngày giải phóng tỉnh').fill('10/5/1975');
  await expect(page.getByText('kỷ niệm 50 năm Ngày giải phóng tỉnh (10/5/1975 - 10/5/2025)')).toBeVisible();
  await shot(page, 'documents-anniversaries', { fullPage: true });
  await page.getByRole('button', { name: 'Lưu danh sách' }).click();
  await expect(page.getByText('Đã lưu danh sách ngày kỷ niệm.')).toBeVisible();

  const made = await app.api('documents.create', { templateKey: 'tcn-ke-hoach', year: 2025, date: '2025-03-20' });
  const text = made.document.doc.body.map((b) => (b.type === 'table' ? '' : b.text)).join('\n');
  expect(text).toContain('kỷ niệm 50 năm Ngày giải phóng tỉnh (10/5/1975 - 10/5/2025)');
});

test('an issued document keeps the PDF the clerk saved from the print view beside its .docx, for sending', async ({
  page,
  app,
  workDir,
}) => {
  // As on a PC without LibreOffice: the PDF comes from the browser's print dialog.
  const soffice = process.env.CONGDOAN_SOFFICE;
  process.env.CONGDOAN_SOFFICE = 'none';
  try {
    await app.restart();
    await setOffice(app);
    const made = await app.api('documents.create', { templateKey: 'tcn-ke-hoach', year: 2026, date: '2026-03-20' });
    const { id } = await app.api('documents.issue', { id: made.document.id, number: null, date: '2026-03-20' });
    expect(fs.existsSync(path.join(app.dataDir, 'archive', 'van-ban-di', `van-ban-${id}.docx`))).toBe(true);

    // "Lưu dưới dạng PDF" in the print dialog writes what Chromium prints of the print view.
    await app.open(`van-ban?in=${id}`);
    await expect(page.getByRole('dialog', { name: 'Bản in' }).getByRole('button', { name: 'In…' })).toBeEnabled();
    const saved = path.join(workDir, 'Kế hoạch số 01-KH-LĐLĐ.pdf');
    fs.writeFileSync(saved, await page.pdf({ preferCSSPageSize: true }));

    await app.open(`van-ban?id=${id}`);
    await page.getByRole('button', { name: 'Tải PDF' }).click();
    const missing = page.getByRole('dialog', { name: 'Chưa có bản PDF để gửi' });
    await expect(missing.getByText(/máy chưa cài LibreOffice/)).toBeVisible();
    await shot(page, 'documents-issued-pdf-missing');
    const chooser = page.waitForEvent('filechooser');
    await missing.getByRole('button', { name: 'Đính kèm PDF đã lưu…' }).click();
    await (await chooser).setFiles(saved);
    await expect(page.getByText('Đã giữ bản PDF kèm văn bản. Lần sau bấm "Tải PDF" để lấy tệp gửi đi.')).toBeVisible();
    await expect(missing).toBeHidden();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('KH_01-kh-ldld_to-chuc-cac-hoat-dong-thang-cong-nhan-nam-2026.pdf');
    const got = path.join(workDir, 'tai-ve.pdf');
    await file.saveAs(got);
    expect(fs.readFileSync(got).equals(fs.readFileSync(saved))).toBe(true);
  } finally {
    if (soffice === undefined) delete process.env.CONGDOAN_SOFFICE;
    else process.env.CONGDOAN_SOFFICE = soffice;
  }
});
