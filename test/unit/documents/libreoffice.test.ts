import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/docx/index';
import { longPlan, tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';

// LibreOffice must open and convert what we write. Skipped where soffice is not installed.

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const work = mkdtempSync(join(tmpdir(), 'docx-pdf-'));
const profile = join(tmpdir(), `lo-${randomUUID()}`);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** Page objects in a PDF written by LibreOffice (it does not pack them into object streams). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe.skipIf(!hasSoffice)('LibreOffice conversion', () => {
  it('converts the sample plan and a long plan to PDF', async () => {
    writeFileSync(join(work, 'plan.docx'), await renderDocx(tetWorkersMonthPlan2024()));
    writeFileSync(join(work, 'long.docx'), await renderDocx(longPlan(6)));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        join(work, 'plan.docx'),
        join(work, 'long.docx'),
      ],
      { stdio: 'ignore', timeout: 110_000 },
    );
    for (const name of ['plan.pdf', 'long.pdf']) {
      const file = join(work, name);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(10_000);
      expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    // The plan fills several pages plus its annex; longPlan(6) is about six pages.
    expect(pdfPages(readFileSync(join(work, 'plan.pdf')))).toBeGreaterThanOrEqual(4);
    const long = pdfPages(readFileSync(join(work, 'long.pdf')));
    expect(long).toBeGreaterThanOrEqual(5);
    expect(long).toBeLessThanOrEqual(7);
  }, 120_000);
});
