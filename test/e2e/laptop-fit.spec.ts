import type { Page } from '@playwright/test';
import { expect, shot, test } from './support/fixtures';
import { createUnits, setOffice } from './support/flows';

// A usual office laptop is 1366×768: every main page and the usual dialogs must fit it — no page
// wider than the window, unit names that tell units apart, dialogs with their main button in
// sight. The screenshots (test-results/, or SHOTS_DIR) are for looking at; they are not kept.

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const PAGES = ['tong-quan', 'cong-doan-co-so', 'doan-vien', 'hoat-dong', 'van-ban', 'van-ban-den', 'bao-cao', 'cai-dat', 'huong-dan'];

const LONG_UNITS = [
  {
    code: 'THCS-VT',
    name: 'Công đoàn cơ sở Trường Trung học cơ sở Vĩnh Thuận',
    sector: 'Giáo dục',
    chairName: 'Nguyễn Văn Thành',
    phone: '0912 345 678',
  },
  {
    code: 'TH-VT',
    name: 'Công đoàn cơ sở Trường Tiểu học Vĩnh Thuận',
    sector: 'Giáo dục',
    chairName: 'Lê Thị Hồng Nhung',
    phone: '0987 654 321',
  },
  { code: 'MN-VT', name: 'Công đoàn cơ sở Trường Mầm non Hoa Sen xã Vĩnh Thuận', sector: 'Giáo dục' },
  {
    code: 'TS-MP',
    name: 'Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Chế biến Thủy sản Minh Phú Kiên Giang',
    sector: 'Doanh nghiệp có vốn đầu tư nước ngoài (FDI)',
  },
  { code: 'UBND', name: 'Công đoàn cơ sở Cơ quan Ủy ban nhân dân xã Vĩnh Thuận', sector: 'Hành chính sự nghiệp' },
];

async function seed(app: Parameters<Parameters<typeof test>[2]>[0]['app']) {
  await setOffice(app);
  const units = await createUnits(app, LONG_UNITS);
  await app.api('units.dissolve', { id: units['MN-VT']!.id, dissolvedOn: '2025-08-01' });
  const people = ['Nguyễn Thị Đào', 'Trần Văn Bình', 'Lê Hoàng Phúc', 'Phạm Thị Thu Hà'];
  for (const code of ['THCS-VT', 'TH-VT', 'TS-MP', 'UBND'])
    for (const [i, name] of people.entries())
      await app.api('members.create', { unitId: units[code]!.id, name, birthDate: `${1975 + i * 5}`, joinedOn: '2015-09-01' });
  return units;
}

/** The page is no wider than the window: nothing pushed off to the right. */
async function expectNoSideScroll(page: Page, what: string) {
  const scroll = await page.locator('html').evaluate((html) => html.scrollWidth);
  const inner = page.viewportSize()!.width;
  expect(scroll, `${what}: trang rộng hơn cửa sổ`).toBeLessThanOrEqual(inner);
}

/** The dialog's main (primary) button is fully inside the window. */
async function expectMainButtonInSight(page: Page, dialogName: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  const button = dialog.locator('.ant-modal-footer .ant-btn-primary, .ant-drawer-footer .ant-btn-primary').last();
  const box = await button.boundingBox();
  const height = page.viewportSize()!.height;
  expect(box, `${dialogName}: không thấy nút chính`).not.toBeNull();
  expect(box!.y + box!.height, `${dialogName}: nút chính nằm dưới mép màn hình`).toBeLessThanOrEqual(height);
}

for (const size of SIZES) {
  test(`every main page fits ${size.width}×${size.height}`, async ({ page, app }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await seed(app);
    for (const route of PAGES) {
      await app.open(route);
      // The page itself, not only the bar above it (pages load on demand).
      await expect(page.getByRole('main').locator('h1').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('main').locator('.ant-spin-spinning, .skeleton')).toHaveCount(0);
      await expectNoSideScroll(page, route);
      await shot(page, `fit-${route}-${size.width}`);
    }
  });

  test(`lists tell units apart and dialogs show their main button at ${size.width}×${size.height}`, async ({ page, app }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await seed(app);

    // Units: a name takes at most two lines, the dissolved unit's name included.
    await app.open('cong-doan-co-so');
    await page.getByLabel('Hiện cả đơn vị đã giải thể').check();
    for (const u of LONG_UNITS) {
      const cell = page.getByRole('row').filter({ hasText: u.code }).getByRole('cell').nth(1);
      const box = await cell.boundingBox();
      expect(box!.height, `${u.code}: tên đơn vị xuống quá hai dòng`).toBeLessThan(80);
    }
    await shot(page, `fit-units-dissolved-${size.width}`);

    // Members: the unit column shows what tells the two schools apart, the full name on hover.
    await app.open('doan-vien');
    const thcs = page.getByRole('row').filter({ hasText: 'Trung học cơ sở Vĩnh Thuận' }).first();
    const th = page.getByRole('row').filter({ hasText: 'Tiểu học Vĩnh Thuận' }).first();
    await expect(thcs).toBeVisible();
    await expect(th).toBeVisible();
    await expect(thcs.getByTitle('Công đoàn cơ sở Trường Trung học cơ sở Vĩnh Thuận')).toBeVisible();
    // The list scrolls inside itself: its last row is in sight and the page does not scroll too.
    const body = await page.locator('.member-body').boundingBox();
    const fit = { bottom: body!.y + body!.height, page: await page.locator('html').evaluate((html) => html.scrollHeight) };
    expect(fit.bottom, 'danh sách đoàn viên vượt quá mép dưới màn hình').toBeLessThanOrEqual(size.height);
    expect(fit.page, 'trang đoàn viên phải cuộn cả trang').toBeLessThanOrEqual(size.height);

    await page.getByRole('button', { name: 'Thêm đoàn viên' }).click();
    await expectMainButtonInSight(page, 'Thêm đoàn viên');
    await shot(page, `fit-member-form-${size.width}`);
    await page.keyboard.press('Escape');

    await app.open('hoat-dong');
    await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
    await expectMainButtonInSight(page, 'Ghi hoạt động');
    await shot(page, `fit-activity-form-${size.width}`);
    await page.keyboard.press('Escape');

    await app.open('cong-doan-co-so');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await expectMainButtonInSight(page, 'Thêm công đoàn cơ sở');
    await page.keyboard.press('Escape');

    await app.open('van-ban');
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await expectMainButtonInSight(page, 'Tạo văn bản');
    await shot(page, `fit-create-document-${size.width}`);
    await page.keyboard.press('Escape');

    await app.open('bao-cao');
    await page.getByRole('button', { name: 'Tạo đợt báo cáo' }).click();
    await expectMainButtonInSight(page, 'Tạo đợt báo cáo');
    await shot(page, `fit-round-form-${size.width}`);
  });
}
