import { expect, shot, test } from './support/fixtures';
import { createUnits } from './support/flows';

test('a clerk deletes a member record entered by mistake, but never one with a history', async ({ page, app }) => {
  const units = await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  const unitId = units.CD01.id;
  await app.api('members.create', { unitId, name: 'Nguyễn Văn Nhập Nhầm', joinedOn: '2020-03-15' });
  const kept = await app.api('members.create', { unitId, name: 'Trần Thị Có Lịch Sử', joinedOn: '2019-09-01' });
  await app.api('members.addEvent', { memberId: kept.id, kind: 'card', date: app.today.format('YYYY-MM-DD'), cardNo: 'T-001' });

  await app.open('doan-vien');
  const list = page.getByRole('table', { name: 'Danh sách đoàn viên' });
  const drawer = page.locator('.ant-drawer');

  // A member with events after the entry: no delete, the history is kept.
  await list.getByRole('row').filter({ hasText: 'Trần Thị Có Lịch Sử' }).click();
  await expect(drawer.getByText('Cấp / đổi thẻ đoàn viên')).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Xóa hồ sơ (nhập nhầm)' })).toHaveCount(0);
  await drawer.locator('.ant-drawer-close').click();

  // The record entered by mistake: the clerk reads why, first says no, then deletes it.
  await list.getByRole('row').filter({ hasText: 'Nguyễn Văn Nhập Nhầm' }).click();
  await drawer.getByRole('button', { name: 'Xóa hồ sơ (nhập nhầm)' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Xóa hẳn hồ sơ "Nguyễn Văn Nhập Nhầm"?' });
  await expect(confirm).toContainText('Chỉ dùng khi hồ sơ này được nhập nhầm');
  await expect(confirm).toContainText('Thôi sinh hoạt / ra khỏi tổ chức');
  await shot(page, 'member-delete-confirm');
  await confirm.getByRole('button', { name: 'Không xóa' }).click();
  await expect(confirm).toBeHidden();
  await expect(drawer.getByRole('heading', { name: 'Quá trình sinh hoạt' })).toBeVisible();

  await drawer.getByRole('button', { name: 'Xóa hồ sơ (nhập nhầm)' }).click();
  await confirm.getByRole('button', { name: 'Xóa hồ sơ' }).click();
  await expect(page.getByText('Đã xóa hồ sơ "Nguyễn Văn Nhập Nhầm".')).toBeVisible();
  await expect(drawer.getByRole('heading', { name: 'Quá trình sinh hoạt' })).toBeHidden();
  await expect(list.getByRole('row').filter({ hasText: 'Nguyễn Văn Nhập Nhầm' })).toHaveCount(0);
  await expect(list.getByRole('row').filter({ hasText: 'Trần Thị Có Lịch Sử' })).toHaveCount(1);
  await expect(page.getByText('1 đoàn viên', { exact: true })).toBeVisible();

  // Gone on the server too; the other record is untouched.
  const left = await app.api('members.list', { query: '', status: 'all', offset: 0, limit: 50 });
  expect(left.items.map((m) => m.name)).toEqual(['Trần Thị Có Lịch Sử']);
});
