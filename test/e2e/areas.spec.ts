import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './support/fixtures';
import { setOffice } from './support/flows';
import { communeUnitList } from '../fixtures/units/generate';

// A commune union after 1/7/2025 (#17): its units sit in its own commune and in a neighbouring
// ward. The clerk keeps the list of communes/wards, imports a unit list with a "Xã/phường" column,
// filters the units by địa bàn, and sees member statistics and round results per địa bàn.

/** A screenshot at the laptop size the test runs at, and one at 1920×1080. */
async function shots(page: Page, name: string): Promise<void> {
  await shot(page, `${name}-1366`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, `${name}-1920`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

const option = (page: Page, text: string) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text });

test('units carry their commune/ward: list, import, filter, form and export', async ({ page, app, workDir }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setOffice(app, { superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG', issuingBody: 'CÔNG ĐOÀN XÃ VĨNH THUẬN' });

  // Settings → Danh mục xã/phường: the clerk adds the commune; the same name without diacritics is refused.
  await app.open('cai-dat?tab=xa-phuong');
  const name = page.getByLabel('Tên xã/phường mới');
  await name.fill('Xã Vĩnh Thuận');
  await page.getByRole('button', { name: 'Thêm xã/phường' }).click();
  await expect(page.getByText('Đã thêm "Xã Vĩnh Thuận".')).toBeVisible();
  await name.fill('xa vinh thuan');
  await page.getByRole('button', { name: 'Thêm xã/phường' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Đã có "Xã Vĩnh Thuận" trong danh sách' })).toBeVisible();
  await name.fill('');

  // Import a unit list with a "Xã/phường" column: the known commune is matched, the new ward announced.
  const file = path.join(workDir, 'DS CDCS xa Vinh Thuan.xlsx');
  fs.writeFileSync(file, await communeUnitList());
  await app.open('cong-doan-co-so');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách công đoàn cơ sở từ Excel' });
  await expect(dialog.getByText(/các cột khác \(Khối, Xã\/phường/)).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText('4 mới')).toBeVisible();
  await expect(dialog.getByText('Xã/phường mới sẽ được thêm vào danh sách: PHƯỜNG VĨNH THÔNG')).toBeVisible();
  await expect(dialog.getByRole('columnheader', { name: 'Xã/phường' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Nhập 4 đơn vị' }).click();
  await expect(page.getByText('Đã nhập xong: 4 đơn vị mới, 0 đơn vị cập nhật, 0 dòng bỏ qua.')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('row', { name: /VT01/ }).getByRole('cell', { name: 'Xã Vĩnh Thuận', exact: true })).toBeVisible();
  await expect(main.getByRole('row', { name: /VT03/ }).getByRole('cell', { name: 'PHƯỜNG VĨNH THÔNG', exact: true })).toBeVisible();

  // Filter by địa bàn: each choice shows its number of units.
  await page.getByLabel('Lọc theo xã/phường').click();
  await expect(option(page, 'Xã Vĩnh Thuận')).toContainText('2 ĐV');
  await expect(option(page, 'PHƯỜNG VĨNH THÔNG')).toContainText('1 ĐV');
  await shots(page, 'areas-units-filter-open');
  await option(page, 'Xã Vĩnh Thuận').click();
  await expect(main.getByRole('row', { name: /VT0[12]/ })).toHaveCount(2);
  await expect(main.getByRole('row', { name: /VT0[34]/ })).toHaveCount(0);
  await expect(page.getByText('Đang xem 2 đơn vị · 4 đơn vị đang hoạt động')).toBeVisible();
  await shots(page, 'areas-units-filtered');
  await page.getByLabel('Lọc theo xã/phường').click();
  await option(page, 'Chưa có địa bàn').click();
  await expect(main.getByRole('row', { name: /VT04/ })).toBeVisible();
  await expect(main.getByRole('row', { name: /VT0[123]/ })).toHaveCount(0);

  // The unit form: a commune/ward typed that is not in the list yet is added on the spot.
  await main.getByRole('row', { name: /VT04/ }).getByRole('button', { name: 'Sửa' }).click();
  const form = page.getByRole('dialog', { name: /Sửa thông tin: Công ty TNHH Thủy sản Minh Phú/ });
  await form.getByLabel('Xã/phường (địa bàn)').click();
  await form.getByLabel('Xã/phường (địa bàn)').fill('Xã Vĩnh Bình Bắc');
  await option(page, 'Thêm "Xã Vĩnh Bình Bắc" vào danh sách').click();
  await expect(page.getByText('Đã thêm "Xã Vĩnh Bình Bắc" vào danh sách xã/phường.')).toBeVisible();
  await expect(form.getByTitle('Xã Vĩnh Bình Bắc', { exact: true })).toBeVisible();
  await shots(page, 'areas-unit-form');
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu "Công ty TNHH Thủy sản Minh Phú".')).toBeVisible();
  // It left the "no commune/ward" filter.
  await expect(page.getByText('Không có đơn vị nào theo bộ lọc này.')).toBeVisible();
  await page.getByLabel('Lọc theo xã/phường').click();
  await option(page, 'Xã Vĩnh Bình Bắc').click();
  await expect(main.getByRole('row', { name: /VT04/ }).getByRole('cell', { name: 'Xã Vĩnh Bình Bắc', exact: true })).toBeVisible();

  // The export carries the column, under the header the import recognises.
  await page.getByLabel('Lọc theo xã/phường').hover();
  await page.locator('.ant-select-clear').first().click();
  await expect(page.getByText('4 đơn vị đang hoạt động')).toBeVisible();
  await expect(page.getByText(/Đang xem/)).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const saved = path.join(workDir, 'export.xlsx');
  await (await downloading).saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.worksheets[0];
  const head = (ws.getRow(3).values as unknown[]).map((v) => String(v ?? ''));
  const col = head.indexOf('Xã/phường (địa bàn)');
  expect(col).toBeGreaterThan(0);
  const byCode = new Map<string, string>();
  for (let r = 4; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    byCode.set(String(row.getCell(head.indexOf('Mã đơn vị')).value), String(row.getCell(col).value ?? ''));
  }
  expect(Object.fromEntries(byCode)).toEqual({
    VT01: 'Xã Vĩnh Thuận',
    VT02: 'Xã Vĩnh Thuận',
    VT03: 'PHƯỜNG VĨNH THÔNG',
    VT04: 'Xã Vĩnh Bình Bắc',
  });

  // Settings list: each commune/ward with its number of units.
  await app.open('cai-dat?tab=xa-phuong');
  await expect(page.getByRole('listitem').filter({ hasText: 'Xã Vĩnh Thuận' })).toContainText('2 đơn vị');
  await shots(page, 'areas-settings-editor');
});

test('member statistics and round results show totals per commune/ward', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setOffice(app, { superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG', issuingBody: 'CÔNG ĐOÀN XÃ VĨNH THUẬN' });
  const vt = await app.api('areas.create', { name: 'Xã Vĩnh Thuận' });
  const vtg = await app.api('areas.create', { name: 'Phường Vĩnh Thông' });
  const units = [
    await app.api('units.create', { code: 'VT01', name: 'Trường THCS Vĩnh Thuận', areaId: vt.id }),
    await app.api('units.create', { code: 'VT02', name: 'Trường Tiểu học Vĩnh Thuận 1', areaId: vt.id }),
    await app.api('units.create', { code: 'VT03', name: 'Trạm Y tế phường Vĩnh Thông', areaId: vtg.id }),
    await app.api('units.create', { code: 'VT04', name: 'Công ty TNHH Thủy sản Minh Phú' }),
  ];
  const people: [number, string, 'nam' | 'nu'][] = [
    [0, 'Lê Kim Thoa', 'nu'],
    [0, 'Nguyễn Văn An', 'nam'],
    [1, 'Trần Thị Bình', 'nu'],
    [2, 'Phạm Văn Cường', 'nam'],
    [3, 'Võ Thị Dung', 'nu'],
  ];
  for (const [u, name, gender] of people) await app.api('members.create', { unitId: units[u].id, name, gender, joinedOn: '2020-01-01' });

  await app.open('doan-vien');
  await page.getByRole('tab', { name: 'Thống kê theo ngày' }).click();
  await page.getByLabel('Cách xem số liệu').getByText('Theo xã/phường', { exact: true }).click();
  const vtRow = page.getByRole('row', { name: /Xã Vĩnh Thuận/ });
  // TT, name, units, members, women.
  await expect(vtRow.getByRole('cell').nth(2)).toHaveText('2');
  await expect(vtRow.getByRole('cell').nth(3)).toHaveText('3');
  await expect(vtRow.getByRole('cell').nth(4)).toHaveText('2');
  await expect(
    page
      .getByRole('row', { name: /Phường Vĩnh Thông/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('1');
  await expect(
    page
      .getByRole('row', { name: /Chưa có địa bàn/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('1');
  await expect(
    page
      .getByRole('row', { name: /Tổng cộng/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('4');
  await shots(page, 'areas-member-stats');

  // A round: three units reported by hand, one did not.
  const round = await app.api('reports.createRound', {
    name: `Kết quả Tháng Công nhân năm ${app.today.year()}`,
    code: `TCN${app.today.year()}`,
    deadline: app.today.format('YYYY-MM-DD'),
    indicators: [
      { code: '1', label: 'Số đoàn viên được thăm hỏi, tặng quà', unit: 'người', kind: 'count' },
      { code: '2', label: 'Số tiền thăm hỏi, tặng quà', unit: 'đồng', kind: 'money' },
    ],
  });
  const [visited, money] = round.indicators;
  const report = (u: number, people: number, amount: number) =>
    app.api('reports.saveManual', {
      roundId: round.id,
      unitId: units[u].id,
      receivedOn: app.today.format('YYYY-MM-DD'),
      values: [
        { indicatorId: visited.id, value: people },
        { indicatorId: money.id, value: amount },
      ],
    });
  await report(0, 12, 3_000_000);
  await report(1, 8, 2_000_000);
  await report(2, 5, 1_500_000);

  await app.open(`ket-qua?dot=${round.id}`);
  await page.getByRole('tab', { name: 'Theo xã/phường' }).click();
  const table = page.getByRole('tabpanel', { name: 'Theo xã/phường' });
  await expect(table.getByRole('columnheader', { name: 'Xã Vĩnh Thuận 2/2 đơn vị đã nộp' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Chưa có địa bàn 0/1 đơn vị đã nộp' })).toBeVisible();
  const row = table.getByRole('row', { name: /Số đoàn viên được thăm hỏi/ });
  // Columns: Phường Vĩnh Thông, Xã Vĩnh Thuận, Chưa có địa bàn, the office, Tổng.
  await expect(row.getByRole('cell').nth(3)).toHaveText('5');
  await expect(row.getByRole('cell').nth(4)).toHaveText('20');
  await expect(row.getByRole('cell').last()).toHaveText('25');
  await expect(
    table
      .getByRole('row', { name: /Số tiền thăm hỏi/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText('5.000.000');
  await shots(page, 'areas-results-tab');
});
