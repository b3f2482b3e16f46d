import { expect, test } from './support/fixtures';
import { createUnits, setOffice, typeDate, vnDate } from './support/flows';

// A clerk half-way through a long form presses Esc to close a drop-down, or clicks outside by
// mistake: nothing typed is lost.

test.use({ viewport: { width: 1366, height: 768 } });

test('Esc closes the open drop-down first, then asks; a dialog closed without saving offers its draft back', async ({ page, app }) => {
  test.setTimeout(120_000);
  await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận', sector: 'Giáo dục' }]);
  await app.api('members.create', { unitId: (await app.api('units.list', {})).items[0]!.id, name: 'Trần Thị Bé', birthDate: '1985' });
  await app.open('hoat-dong');
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi hoạt động' });
  await dialog.getByLabel('Tên hoạt động').fill('Thăm hỏi đoàn viên ốm đau');
  await dialog.getByLabel('Địa điểm').fill('Xã Vĩnh Bình Bắc');

  // The member search drop-down is open: Esc closes it, the dialog stays with what was typed.
  const search = dialog.getByLabel('Tìm đoàn viên được hỗ trợ');
  await search.click();
  await search.fill('be');
  await expect(page.getByTitle(/Trần Thị Bé/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTitle(/Trần Thị Bé/)).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Tên hoạt động')).toHaveValue('Thăm hỏi đoàn viên ốm đau');

  // The organiser drop-down too.
  await dialog.getByLabel('Đơn vị tổ chức').click();
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toBeHidden();
  await expect(dialog).toBeVisible();

  // Esc on the dialog itself asks; "Tiếp tục nhập" keeps everything.
  await dialog.getByLabel('Tên hoạt động').click();
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Đóng mà chưa lưu?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await expect(ask).toBeHidden();
  await expect(dialog.getByLabel('Tên hoạt động')).toHaveValue('Thăm hỏi đoàn viên ốm đau');

  // Ctrl+K (search) and F1 (guide) would leave the page: over an open dialog they do nothing.
  await page.keyboard.press('Control+k');
  await page.keyboard.press('F1');
  await expect(page).toHaveURL(/#\/hoat-dong/);
  await expect(page.getByRole('dialog')).toHaveCount(1);

  // A click outside asks as well; × too. Closing for real keeps a draft.
  await page.mouse.click(5, 400);
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await dialog
    .getByRole('button', { name: 'Close' })
    .or(dialog.getByRole('button', { name: 'Đóng' }))
    .first()
    .click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Đóng, không lưu' }).click();
  await expect(dialog).toBeHidden();

  // Reopened: the draft is offered and restored.
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await expect(dialog.getByText(/Còn phần bạn nhập dở lúc/)).toBeVisible();
  await expect(dialog.getByLabel('Tên hoạt động')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(dialog.getByLabel('Tên hoạt động')).toHaveValue('Thăm hỏi đoàn viên ốm đau');
  await expect(dialog.getByLabel('Địa điểm')).toHaveValue('Xã Vĩnh Bình Bắc');
  await expect(dialog.getByText(/Còn phần bạn nhập dở lúc/)).toBeHidden();

  // An untouched dialog closes at once with Esc.
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await ask.getByRole('button', { name: 'Đóng, không lưu' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await dialog.getByRole('button', { name: 'Bỏ bản nháp' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ask).toBeHidden();
});

test('Enter in a date field takes the date and does not save the unit form', async ({ page, app }) => {
  await app.open('cong-doan-co-so');
  await page.getByRole('main').getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm công đoàn cơ sở' });
  await dialog.getByLabel('Mã đơn vị').fill('CD09');
  await dialog.getByLabel('Tên công đoàn cơ sở').fill('Trường Tiểu học Vĩnh Thuận');
  await typeDate(dialog, 'Ngày thành lập', vnDate(app.today.subtract(3, 'year')), 'Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Ngày thành lập')).toHaveValue(vnDate(app.today.subtract(3, 'year')));
  expect((await app.api('units.list', {})).items).toHaveLength(0);
  // Enter in a text field still saves, as before.
  await dialog.getByLabel('Tên công đoàn cơ sở').press('Enter');
  await expect(dialog).toBeHidden();
  expect((await app.api('units.list', {})).items.map((u) => u.code)).toEqual(['CD09']);
});

test('Ctrl+N on every list opens its new form, with the cursor on the first field', async ({ page, app }) => {
  test.setTimeout(120_000);
  await setOffice(app);
  await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận', sector: 'Giáo dục' }]);
  const lists: [string, string][] = [
    ['cong-doan-co-so', 'Thêm công đoàn cơ sở'],
    ['doan-vien', 'Thêm đoàn viên'],
    ['hoat-dong', 'Ghi hoạt động'],
    ['van-ban', 'Tạo văn bản'],
    ['van-ban-den', 'Thêm văn bản đến'],
    ['bao-cao', 'Tạo đợt báo cáo'],
  ];
  for (const [route, title] of lists) {
    await app.open(route);
    // The page is there (pages load on demand) once its main button is.
    await expect(page.getByRole('main').locator('.ant-btn-primary').first()).toBeVisible();
    await page.keyboard.press('Control+n');
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog, route).toBeVisible();
    // A second Ctrl+N inside the dialog opens nothing more.
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('dialog')).toHaveCount(1);
    if (route === 'doan-vien') await expect(dialog.getByLabel('Công đoàn cơ sở')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('leaving Settings with unsaved office details asks first', async ({ page, app }) => {
  await app.open('cai-dat');
  const name = page.getByLabel('Người ký');
  await name.fill('Lê Kim Thoa');
  await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
  const ask = page.getByRole('dialog', { name: 'Rời trang mà chưa lưu?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Ở lại' }).click();
  await expect(page).toHaveURL(/#\/cai-dat/);
  await expect(name).toHaveValue('Lê Kim Thoa');

  await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
  await ask.getByRole('button', { name: 'Rời trang, không lưu' }).click();
  await expect(page).toHaveURL(/#\/doan-vien/);

  // Nothing typed: the sidebar goes at once.
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await expect(page).toHaveURL(/#\/cai-dat/);
  await page.getByRole('menuitem', { name: 'Hoạt động' }).click();
  await expect(page).toHaveURL(/#\/hoat-dong/);
  await expect(ask).toBeHidden();
});
