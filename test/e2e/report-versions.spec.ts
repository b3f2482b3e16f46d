import { expect, shot, test } from './support/fixtures';
import { createUnits } from './support/flows';

// Required indicators and versions: the clerk marks an indicator required; a unit whose report
// lacks it is listed under "Thiếu số liệu"; saving a hand entry without it asks first; an earlier
// version of a unit's report is brought back with "Dùng bản này".

test('a clerk marks an indicator required, finds the reports missing it, and brings back an earlier version', async ({ page, app }) => {
  const units = await createUnits(app, [
    { code: 'CD001', name: 'Trường THCS Vĩnh Thuận' },
    { code: 'CD002', name: 'Công ty TNHH Thủy sản Minh Phú' },
  ]);
  const year = app.today.year();
  const today = app.today.format('YYYY-MM-DD');
  const round = await app.api('reports.createRound', {
    name: `Kết quả Tháng Công nhân năm ${year}`,
    code: `TCN${year}`,
    deadline: app.today.add(5, 'day').format('YYYY-MM-DD'),
    indicators: await app.api('reports.defaultIndicators', {}),
  });
  const id = (code: string) => round.indicators.find((i) => i.code === code)!.id;
  // CD001 sent a complete report, then a second one without 1.2 (now in use).
  for (const values of [
    [
      { indicatorId: id('1.1'), value: 5 },
      { indicatorId: id('1.2'), value: 40 },
    ],
    [{ indicatorId: id('1.1'), value: 6 }],
  ]) {
    await app.api('reports.saveManual', { roundId: round.id, unitId: units.CD001.id, receivedOn: today, values });
  }

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open(`bao-cao?dot=${round.id}`);
  await page.getByRole('tab', { name: /Chỉ tiêu/ }).click();
  await page.getByLabel('Chỉ tiêu bắt buộc dòng 2', { exact: true }).check();
  await shot(page, 'reports-indicators-required');
  await page.getByRole('button', { name: 'Lưu bộ chỉ tiêu' }).click();
  await expect(page.getByText(/Đã lưu \d+ chỉ tiêu\./)).toBeVisible();

  // The status tab lists CD001 apart.
  await page.getByRole('tab', { name: 'Tình hình nộp' }).click();
  const status = page.getByRole('tabpanel', { name: 'Tình hình nộp' });
  await expect(status.getByText('Thiếu số liệu (1)').first()).toBeVisible();
  await status.getByText('Thiếu số liệu (1)').first().click();
  await expect(status.getByRole('row', { name: /Trường THCS Vĩnh Thuận/ })).toBeVisible();
  await expect(status.getByRole('row', { name: /Minh Phú/ })).toHaveCount(0);
  await shot(page, 'reports-status-incomplete');

  // A paper report from CD002 without the required figure: the app asks before saving.
  await page.getByRole('tab', { name: 'Nhập tay' }).click();
  const manual = page.getByRole('tabpanel', { name: 'Nhập tay' });
  await manual.getByRole('combobox', { name: 'Chọn đơn vị để nhập tay' }).fill('CD002');
  await page.keyboard.press('Enter');
  await manual.getByLabel('Kết quả chỉ tiêu 1.1', { exact: true }).fill('3');
  await manual.getByRole('button', { name: 'Lưu số liệu (nhập tay)' }).click();
  const ask = page.getByRole('dialog').filter({ hasText: 'Còn 1 chỉ tiêu bắt buộc chưa có số liệu' });
  await expect(ask).toContainText('Chỉ tiêu 1.2 chưa được điền');
  await ask.getByRole('button', { name: 'Vẫn lưu' }).click();
  await expect(page.getByText('Đã lưu số liệu của "Công ty TNHH Thủy sản Minh Phú" (nhập tay).')).toBeVisible();

  // CD001's first report had the figure: the clerk makes it the one in use again.
  await manual.getByRole('combobox', { name: 'Chọn đơn vị để nhập tay' }).fill('CD001');
  await page.keyboard.press('Enter');
  const history = manual.getByRole('listitem').filter({ hasText: 'Bản cũ' });
  await expect(history).toHaveCount(1);
  await history.getByRole('button', { name: 'Dùng bản này' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Dùng lại bản báo cáo này?' });
  await confirm.getByRole('button', { name: 'Dùng bản này' }).click();
  await expect(page.getByText('Đã chuyển sang dùng bản báo cáo đã chọn.')).toBeVisible();
  await expect(manual.getByLabel('Kết quả chỉ tiêu 1.2', { exact: true })).toHaveValue('40');
  await shot(page, 'reports-manual-history');

  await page.getByRole('tab', { name: 'Tình hình nộp' }).click();
  await status.getByText('Thiếu số liệu (1)').first().click();
  await expect(status.getByRole('row', { name: /Minh Phú/ })).toBeVisible();
  await expect(status.getByRole('row', { name: /Trường THCS Vĩnh Thuận/ })).toHaveCount(0);
});
