import { expect, shot, test } from './support/fixtures';
import { curlyQuotes } from '../../shared/text/typography';
import { createUnits, setOffice } from './support/flows';

// One form from plan to template: the clerk's Tháng Công nhân plan shows the results form with the
// rows of the template units will receive; "Tạo đợt báo cáo từ kế hoạch" opens the round already
// filled from the plan; a change to the round's indicators shows in the plan's annex.

test('a clerk opens the reporting round from the plan, and the plan’s form follows the round', async ({ page, app }) => {
  test.setTimeout(120_000);
  await setOffice(app);
  await createUnits(app, [
    { code: 'CD001', name: 'Trường THCS Vĩnh Thuận' },
    { code: 'CD002', name: 'Công ty TNHH Thủy sản Minh Phú' },
  ]);
  const year = app.today.year();
  const { document } = await app.api('documents.create', { templateKey: 'tcn-ke-hoach', year, date: `${year}-03-20` });
  const defaults = await app.api('reports.defaultIndicators', {});

  // The plan: its annex is the default form, signed by the CĐCS.
  await app.open(`van-ban?id=${document.id}`);
  const preview = page.getByLabel('Xem trước bản in');
  await expect(preview.getByText('NGƯỜI LẬP', { exact: true })).toBeVisible();
  await expect(preview.getByText('TM. BAN CHẤP HÀNH', { exact: true })).toBeVisible();
  await expect(preview.getByRole('cell', { name: curlyQuotes(defaults[0].label), exact: true })).toBeVisible();
  await expect(preview.getByRole('cell', { name: curlyQuotes(defaults.at(-1)!.label), exact: true })).toBeVisible();
  await expect(
    page.getByText(`Bảng lấy từ bộ chỉ tiêu mặc định Tháng Công nhân (${defaults.length} chỉ tiêu trong 7 nhóm)`, { exact: false }),
  ).toBeVisible();

  await preview.getByRole('cell', { name: 'Mái ấm Công đoàn', exact: true }).scrollIntoViewIfNeeded();
  await shot(page, 'round-from-plan-annex');

  // Tạo đợt báo cáo từ kế hoạch: the form comes filled from the plan.
  await page.getByRole('button', { name: 'Tạo đợt báo cáo từ kế hoạch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo đợt báo cáo từ kế hoạch' });
  await expect(dialog.getByLabel('Tên đợt báo cáo')).toHaveValue(`Báo cáo kết quả Tháng Công nhân năm ${year}`);
  await expect(dialog.getByLabel('Mã đợt')).toHaveValue(`TCN${year}`);
  await expect(dialog.getByLabel('Kỳ báo cáo từ ngày')).toHaveValue(`01/05/${year}`);
  await expect(dialog.getByLabel('Đến ngày')).toHaveValue(`31/05/${year}`);
  await expect(dialog.getByLabel('Hạn nộp báo cáo')).toHaveValue(`26/05/${year}`);
  await expect(
    dialog.getByRole('radio', { name: `Dùng bộ chỉ tiêu trong mẫu báo cáo kèm theo kế hoạch (${defaults.length} chỉ tiêu)` }),
  ).toBeChecked();
  await shot(page, 'round-from-plan-form');
  await dialog.getByRole('button', { name: 'Tạo đợt' }).click();

  // The round opens, linked to the plan.
  await expect(page.getByRole('heading', { name: `Báo cáo kết quả Tháng Công nhân năm ${year}` })).toBeVisible();
  expect(page.url()).toMatch(/#\/bao-cao\?dot=\d+/);

  // The office renames an indicator of the round…
  await page.getByRole('tab', { name: /Chỉ tiêu/ }).click();
  const first = page.getByLabel('Nội dung chỉ tiêu dòng 1', { exact: true });
  await first.fill('Số hoạt động hưởng ứng Tháng Công nhân đã tổ chức');
  await page.getByRole('button', { name: 'Lưu bộ chỉ tiêu' }).click();
  await expect(page.getByText(`Đã lưu ${defaults.length} chỉ tiêu.`)).toBeVisible();

  // …and the plan's form has the new row; its button now opens the round.
  await app.open(`van-ban?id=${document.id}`);
  await expect(preview.getByRole('cell', { name: 'Số hoạt động hưởng ứng Tháng Công nhân đã tổ chức', exact: true })).toBeVisible();
  await expect(preview.getByRole('cell', { name: curlyQuotes(defaults[0].label), exact: true })).toHaveCount(0);
  await expect(page.getByText(/Bảng lấy từ bộ chỉ tiêu của đợt "Báo cáo kết quả Tháng Công nhân năm \d+"/)).toBeVisible();
  await shot(page, 'round-from-plan-editor');
  await page.getByRole('button', { name: 'Mở đợt báo cáo' }).click();
  await expect(page.getByRole('heading', { name: `Báo cáo kết quả Tháng Công nhân năm ${year}` })).toBeVisible();
});
