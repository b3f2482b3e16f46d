import { expect, test } from './support/fixtures';
import { createUnits, setOffice } from './support/flows';

// Help where the clerk is (the "?" of a page, F1), search everything (Ctrl+K), and the dashboard's
// first-run checklist (issue 17), at a laptop's 1366×768.

test.use({ viewport: { width: 1366, height: 768 } });

test('the "?" of a page opens the guide at the part about that page', async ({ app, page }) => {
  await app.open('doan-vien');
  await page.getByRole('button', { name: 'Hướng dẫn cho trang này' }).click();
  await expect(page).toHaveURL(/#\/huong-dan\?muc=doan-vien$/);
  const part = page.getByRole('region', { name: '4. Danh sách đoàn viên, nhập từ Excel' });
  await expect(part.getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(part).toContainText('Nhập từ Excel');
  await expect(
    page.getByRole('navigation', { name: 'Mục lục hướng dẫn' }).getByRole('link', { name: 'Danh sách đoàn viên, nhập từ Excel' }),
  ).toHaveAttribute('aria-current', 'location');

  // The table of contents jumps to another part; "Quay lại" returns to the page the clerk came from.
  await page.getByRole('link', { name: 'Sao lưu và khôi phục dữ liệu' }).click();
  await expect(page.getByRole('heading', { name: '11. Sao lưu và khôi phục dữ liệu' })).toBeInViewport();
  await page.getByRole('button', { name: 'Quay lại trang trước' }).click();
  await expect(page.getByRole('heading', { name: 'Đoàn viên', exact: true })).toBeVisible();

  // Settings → backup tab: its "?" opens the backup part; F1 on the units page opens the units part.
  await app.open('cai-dat?tab=sao-luu');
  await page.getByRole('button', { name: 'Hướng dẫn cho trang này' }).click();
  await expect(page.getByRole('heading', { name: '11. Sao lưu và khôi phục dữ liệu' })).toBeInViewport();
  await app.open('cong-doan-co-so');
  await expect(page.getByRole('heading', { name: 'Công đoàn cơ sở', exact: true })).toBeVisible();
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { name: '3. Danh sách công đoàn cơ sở' })).toBeInViewport();

  // The guide is in the sidebar too.
  await app.open();
  await page.getByRole('menu').getByText('Hướng dẫn', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hướng dẫn sử dụng' })).toBeVisible();
});

test('Ctrl+K finds a member typed without diacritics and opens the record; other kinds open their page', async ({ app, page }) => {
  const units = await createUnits(app, [
    { code: 'THCS-VT', name: 'Trường THCS Vĩnh Thuận', sector: 'Giáo dục' },
    { code: 'TH-VT', name: 'Trường Tiểu học Vĩnh Thuận', sector: 'Giáo dục' },
  ]);
  await app.api('members.create', { unitId: units['THCS-VT'].id, name: 'Nguyễn Thị Đào', birthDate: '1985-03-05' });
  await app.api('members.create', { unitId: units['TH-VT'].id, name: 'Nguyễn Thị Đảo', birthDate: '1990' });
  await app.api('members.create', { unitId: units['TH-VT'].id, name: 'Lê Văn Đạo' });

  await app.open();
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Tìm nhanh' });
  const box = palette.getByRole('combobox', { name: 'Tìm nhanh' });
  await expect(box).toBeFocused();
  await box.fill('nguyen thi dao');
  const members = palette.getByRole('group', { name: 'Đoàn viên' });
  await expect(members.getByRole('option')).toHaveCount(2);
  await expect(members.getByRole('option', { name: /Nguyễn Thị Đào.*sinh 05\/03\/1985 · Trường THCS Vĩnh Thuận/ })).toBeVisible();
  // ↓ moves to the second hit; Enter opens the one chosen.
  const first = members.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(members.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  const chosen = (await first.locator('.search-palette-title').textContent()) ?? '';
  await box.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/#\/doan-vien$/);
  await expect(page.locator('.ant-drawer').getByText(chosen, { exact: true }).first()).toBeVisible();

  // The search box in the top bar opens the same palette; a unit opens the units page with it.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Tìm nhanh (Ctrl+K)' }).click();
  await palette.getByRole('combobox').fill('tieu hoc vinh');
  await expect(palette.getByRole('group', { name: 'Công đoàn cơ sở' }).getByRole('option')).toHaveCount(1);
  await box.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Sửa thông tin: Trường Tiểu học Vĩnh Thuận' })).toBeVisible();

  // Nothing found says so; Esc closes.
  await page.getByRole('dialog', { name: 'Sửa thông tin: Trường Tiểu học Vĩnh Thuận' }).getByRole('button', { name: 'Hủy' }).click();
  await page.keyboard.press('Control+K');
  await box.fill('khong co ai ten nay');
  await expect(palette.getByText('Không tìm thấy gì khớp với “khong co ai ten nay”. Hãy thử gõ ít chữ hơn.')).toBeVisible();
  await box.press('Escape');
  await expect(palette).toBeHidden();
});

test('Ctrl+K opens an incoming document and a reporting round found without diacritics', async ({ app, page }) => {
  const year = app.today.year();
  const round = await app.api('reports.createRound', {
    name: `Kết quả Tháng Công nhân năm ${year}`,
    code: `TCN${year}`,
    deadline: app.today.add(5, 'day').format('YYYY-MM-DD'),
    indicators: await app.api('reports.defaultIndicators', {}),
  });
  const entry = await app.api('incoming.create', {
    receivedOn: app.today.format('YYYY-MM-DD'),
    docNumber: '29/KH-LĐLĐ',
    docDate: app.today.subtract(3, 'day').format('YYYY-MM-DD'),
    docKind: 'KH',
    issuer: 'Liên đoàn Lao động tỉnh An Giang',
    subject: 'Tổ chức các hoạt động Tháng Công nhân',
  });

  await app.open('hoat-dong');
  // The page's own heading first: a key pressed while the app is still loading reaches no handler.
  await expect(page.getByRole('heading', { name: 'Hoạt động', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Tìm nhanh' });
  const box = palette.getByRole('combobox', { name: 'Tìm nhanh' });
  await expect(box).toBeFocused();
  await box.fill('thang cong nhan');
  await expect(palette.getByRole('group', { name: 'Văn bản đến' }).getByRole('option')).toHaveCount(1);
  await expect(palette.getByRole('group', { name: 'Đợt báo cáo' }).getByRole('option')).toHaveCount(1);

  await palette.getByRole('group', { name: 'Văn bản đến' }).getByRole('option').click();
  await expect(page).toHaveURL(/#\/van-ban-den$/);
  const form = page.getByRole('dialog', { name: `Sửa văn bản đến số ${entry.arrivalNo}` });
  await expect(form.getByLabel('Trích yếu')).toHaveValue('Tổ chức các hoạt động Tháng Công nhân');
  await form.getByRole('button', { name: 'Hủy' }).click();
  await expect(form).toBeHidden();

  await page.keyboard.press('Control+K');
  await box.fill(`tcn${year}`);
  await expect(palette.getByRole('group', { name: 'Đợt báo cáo' }).getByRole('option')).toHaveCount(1);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/bao-cao\\?dot=${round.id}`));
  await expect(page.getByRole('heading', { name: round.name, level: 1 })).toBeVisible();
});

test('the first-run checklist ticks itself as the data appears, and can be hidden', async ({ app, page }) => {
  await app.open();
  const list = page.getByRole('list', { name: 'Các việc cần làm lần đầu' });
  const step = (title: string) => list.getByRole('listitem').filter({ hasText: title });
  await expect(step('Nhập thông tin đơn vị')).not.toContainText('Đã xong');
  await expect(page.getByText('0/6 việc đã xong')).toBeVisible();

  await setOffice(app);
  await page.reload();
  await expect(step('Nhập thông tin đơn vị')).toContainText('Đã xong');
  await expect(step('Nhập danh sách công đoàn cơ sở')).not.toContainText('Đã xong');

  // The step links to where it is done; a unit created there ticks it.
  await step('Nhập danh sách công đoàn cơ sở').getByRole('button', { name: 'Mở Công đoàn cơ sở' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm công đoàn cơ sở' });
  await dialog.getByLabel('Mã đơn vị').fill('THCS-VT');
  await dialog.getByLabel('Tên công đoàn cơ sở').fill('Trường THCS Vĩnh Thuận');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('menu').getByText('Tổng quan', { exact: true }).click();
  await expect(step('Nhập danh sách công đoàn cơ sở')).toContainText('Đã xong');
  await expect(page.getByText('2/6 việc đã xong')).toBeVisible();

  // Its guide link opens the right part of the guide.
  await step('Nhập danh sách đoàn viên').getByRole('button', { name: 'Xem hướng dẫn' }).click();
  await expect(page.getByRole('heading', { name: '4. Danh sách đoàn viên, nhập từ Excel' })).toBeInViewport();
  await page.goBack();

  // Hidden by the clerk: a link brings it back, and the choice is kept after a reload.
  await page.getByRole('button', { name: 'Ẩn', exact: true }).click();
  await expect(list).toBeHidden();
  await page.reload();
  await expect(list).toBeHidden();
  await page.getByRole('button', { name: 'Hiện danh sách việc cần làm lần đầu (2/6 việc đã xong)' }).click();
  await expect(list).toBeVisible();
});
