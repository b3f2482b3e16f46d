import { expect, test, type App } from './support/fixtures';
import { createUnits } from './support/flows';

test.use({ viewport: { width: 1366, height: 768 } });

/** One person entered twice (once without diacritics, in another unit), and two different people with one name. */
async function seedRegister(app: App) {
  const units = await createUnits(app, [
    { code: 'CD01', name: 'Trường THCS Vĩnh Thuận' },
    { code: 'CD02', name: 'Công ty TNHH Thủy sản Minh Phú' },
  ]);
  const a = await app.api('members.create', {
    unitId: units.CD01.id,
    name: 'Nguyễn Thị Hồng Nhung',
    birthDate: '1985-07-20',
    joinedOn: '2010-03-01',
    phone: '0912345678',
  });
  await app.api('members.addEvent', { memberId: a.id, kind: 'card', date: '2015-05-05', cardNo: 'T-15' });
  const b = await app.api('members.create', {
    unitId: units.CD02.id,
    name: 'Nguyen Thi Hong Nhung',
    birthDate: '1985-07-20',
    joinedOn: '2018-06-01',
    cccd: '079185000123',
  });
  await app.api('members.addEvent', { memberId: b.id, kind: 'card', date: '2020-02-02', cardNo: 'T-20' });
  await app.api('members.create', { unitId: units.CD01.id, name: 'Trần Văn Bình', birthDate: '1990' });
  await app.api('members.create', { unitId: units.CD02.id, name: 'Tran Van Binh', birthDate: '1990-01-01' });
}

test('a duplicate pair found and merged keeps both histories; "Không trùng" hides a pair', async ({ page, app }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await seedRegister(app);

  await app.open('doan-vien');
  await page.getByRole('button', { name: 'Tìm trùng lặp' }).click();
  const drawer = page.getByRole('dialog', { name: 'Tìm trùng lặp' });
  await expect(drawer.getByText('Có 2 cặp hồ sơ có thể là cùng một người.')).toBeVisible();
  await expect(drawer.getByText('Trùng họ tên và ngày sinh')).toBeVisible();
  await expect(drawer.getByText('Trùng họ tên và năm sinh, khác đơn vị')).toBeVisible();

  // Two different people: "Không trùng".
  await drawer.getByRole('listitem').filter({ hasText: 'Trần Văn Bình' }).getByRole('button', { name: 'So sánh' }).click();
  await page.getByRole('button', { name: 'Không trùng' }).click();
  await expect(page.getByText('Đã ghi nhận: hai hồ sơ này là hai người khác nhau')).toBeVisible();
  await expect(drawer.getByText('Có 1 cặp hồ sơ có thể là cùng một người.')).toBeVisible();

  // One person twice: compare side by side, take the CCCD from the other record, merge.
  await drawer.getByRole('button', { name: 'So sánh' }).click();
  const compare = page.getByRole('dialog', { name: /So sánh hai hồ sơ/ });
  await expect(compare.getByRole('cell', { name: 'Trường THCS Vĩnh Thuận' })).toBeVisible();
  await expect(compare.getByRole('cell', { name: 'Công ty TNHH Thủy sản Minh Phú' })).toBeVisible();
  const historyA = compare.getByRole('list', { name: /Quá trình sinh hoạt của hồ sơ Nguyễn Thị Hồng Nhung/ });
  const historyB = compare.getByRole('list', { name: /Quá trình sinh hoạt của hồ sơ Nguyen Thi Hong Nhung/ });
  await expect(historyA).toContainText('Số thẻ: T-15');
  await expect(historyB).toContainText('Số thẻ: T-20');
  // The CCCD is empty on the kept record, so the other's value is already chosen.
  await expect(compare.getByRole('radio', { name: '079185000123' })).toBeChecked();
  await compare.getByRole('radio', { name: 'Nguyễn Thị Hồng Nhung' }).check();
  await compare.getByRole('button', { name: 'Gộp hồ sơ…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Gộp hai hồ sơ thành một?' });
  await expect(confirm).toContainText('Giữ hồ sơ Nguyễn Thị Hồng Nhung (Trường THCS Vĩnh Thuận)');
  await expect(confirm).toContainText('xóa hồ sơ Nguyen Thi Hong Nhung (Công ty TNHH Thủy sản Minh Phú)');
  await expect(confirm).toContainText('lấy từ hồ sơ bị xóa: Số CCCD');
  await confirm.getByRole('button', { name: 'Gộp hồ sơ' }).click();
  await expect(page.getByText('Đã gộp hai hồ sơ thành một: Nguyễn Thị Hồng Nhung')).toBeVisible();
  await expect(drawer.getByText('Không tìm thấy đoàn viên nào có thể trùng lặp.')).toBeVisible();
  await drawer
    .getByRole('button', { name: 'Close' })
    .or(drawer.getByRole('button', { name: 'Đóng' }))
    .first()
    .click();

  // The list and counts lost the removed record; the kept one carries both histories.
  await expect(page.getByText('3 đoàn viên', { exact: true })).toBeVisible();
  const list = page.getByRole('table', { name: 'Danh sách đoàn viên' });
  await page.getByLabel('Tìm đoàn viên').fill('nguyen thi hong nhung');
  await expect(list.getByRole('row').filter({ hasText: 'Nhung' })).toHaveCount(1);
  await list.getByRole('row').filter({ hasText: 'Nguyễn Thị Hồng Nhung' }).click();
  const member = page.locator('.ant-drawer').filter({ hasText: 'Quá trình sinh hoạt' });
  await expect(member).toContainText('079185000123');
  await expect(member).toContainText('Số thẻ: T-15');
  await expect(member).toContainText('Số thẻ: T-20');
  await expect(member).toContainText('Chuyển sinh hoạt từ Trường THCS Vĩnh Thuận sang Công ty TNHH Thủy sản Minh Phú');
  expect(errors).toEqual([]);
});
