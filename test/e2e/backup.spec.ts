import fs from 'node:fs';
import path from 'node:path';
import { expect, shot, test } from './support/fixtures';
import { createUnits, setOffice } from './support/flows';

// A clerk backs up to a USB stick with a password, adds a unit by mistake, restores the backup:
// the unit is gone and everything else is back.

test('back up to a folder with a password, add a unit, restore: the unit is gone, the rest is back', async ({ page, app, workDir }) => {
  test.setTimeout(120_000);
  await setOffice(app);
  await createUnits(app, [
    { code: 'CD01', name: 'Trường THCS Vĩnh Thuận', sector: 'Giáo dục' },
    { code: 'CD02', name: 'Công ty TNHH Thủy sản Minh Phú' },
  ]);

  // The dashboard reminds: nothing was ever backed up to an outside drive.
  await app.open();
  await expect(page.getByText('Chưa sao lưu dữ liệu ra USB lần nào')).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('tab', { name: 'Sao lưu & khôi phục', selected: true })).toBeVisible();

  // Back up with a password (proposed by default).
  await page.getByLabel('Thư mục lưu bản sao').fill(workDir);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText('Hãy đặt mật khẩu.')).toBeVisible();
  await page.getByLabel('Mật khẩu', { exact: true }).fill('vinhthuan2026');
  await page.getByLabel('Nhập lại mật khẩu').fill('vinhthuan2026');
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText('Đã sao lưu và kiểm tra lại: tệp đọc được, dữ liệu trong tệp đầy đủ.')).toBeVisible();
  await expect(page.getByText('Gồm: 2 đơn vị, 0 đoàn viên, 0 văn bản, 0 đợt báo cáo.')).toBeVisible();
  await shot(page, 'backup-created', { fullPage: true });
  const files = fs.readdirSync(workDir).filter((f) => f.endsWith('.cdbk'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^CongDoan_LIEN_DOAN_LAO_DONG_HUYEN_VINH_THUAN_\d{4}-\d{2}-\d{2}_\d{4}\.cdbk$/);
  const file = `${workDir}/${files[0]}`;

  // A unit added after the backup.
  await app.api('units.create', { code: 'CD03', name: 'Đơn vị thêm nhầm' });

  // Restore: a wrong password first, then the right one; see what the backup holds; confirm.
  await page.getByLabel('Tệp sao lưu').fill(file);
  await page.getByLabel('Mật khẩu của bản sao lưu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Xem bản sao lưu' }).click();
  await expect(page.getByText(/Mật khẩu không đúng/)).toBeVisible();
  await page.getByLabel('Mật khẩu của bản sao lưu').fill('vinhthuan2026');
  await page.getByRole('button', { name: 'Xem bản sao lưu' }).click();
  await expect(page.getByText('Bản sao lưu đã được kiểm tra: đầy đủ, không bị sửa')).toBeVisible();
  await expect(page.getByRole('row', { name: /Trong bản sao lưu/ })).toContainText('2 đơn vị');
  await expect(page.getByRole('row', { name: /Hiện có trong máy/ })).toContainText('3 đơn vị');
  await shot(page, 'backup-inspect', { fullPage: true });
  await page.getByRole('button', { name: 'Khôi phục dữ liệu từ bản này…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu này?' });
  await expect(confirm).toContainText('sao lưu dữ liệu hiện tại');
  await confirm.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  const done = page.getByRole('dialog', { name: 'Đã khôi phục dữ liệu' });
  await done.getByRole('button', { name: 'Tải lại' }).click();

  await app.open('cong-doan-co-so');
  const main = page.getByRole('main');
  await expect(main.getByRole('cell', { name: 'Trường THCS Vĩnh Thuận', exact: true })).toBeVisible();
  await expect(main.getByRole('cell', { name: 'Công ty TNHH Thủy sản Minh Phú', exact: true })).toBeVisible();
  await expect(main.getByRole('cell', { name: 'Đơn vị thêm nhầm', exact: true })).toHaveCount(0);
  expect((await app.api('settings.get', {})).settings?.issuingBody).toBe('LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN');

  // The copy of the data taken just before the restore is listed among the automatic backups.
  await app.open('cai-dat?tab=sao-luu');
  await expect(page.getByRole('cell', { name: 'Trước khi khôi phục' })).toBeVisible();
  await shot(page, 'backup-automatic', { fullPage: true });
});

test('a damaged database opens on the recovery screen, which restores the newest automatic backup', async ({ page, app }) => {
  test.setTimeout(120_000);
  await createUnits(app, [{ code: 'CD01', name: 'Trường THCS Vĩnh Thuận' }]);
  await app.restart(); // closing the app makes an automatic backup
  const dbFile = path.join(app.dataDir, 'congdoan.sqlite');
  const restartDamaged = async () => {
    await app.stopOnly();
    fs.writeFileSync(dbFile, 'Tệp bị ghi đè bởi một chương trình khác.\n'.repeat(100));
    await app.start();
  };
  await restartDamaged();

  await app.open();
  await expect(page.getByText('Dữ liệu cần được khôi phục')).toBeVisible();
  await expect(page.getByText(/Tệp dữ liệu của phần mềm đã bị hỏng/)).toBeVisible();
  await expect(page.getByText(/1 đơn vị, 0 đoàn viên/)).toBeVisible();
  await shot(page, 'recovery-screen');
  await page.getByRole('button', { name: 'Khôi phục bản này' }).click();
  await page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu này?' }).getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  await app.open('cong-doan-co-so');
  await expect(page.getByRole('main').getByRole('cell', { name: 'Trường THCS Vĩnh Thuận', exact: true })).toBeVisible();
  // The damaged file is kept aside for a technician.
  expect(fs.readdirSync(app.dataDir).some((f) => f.startsWith('congdoan.sqlite.hong-'))).toBe(true);
});
