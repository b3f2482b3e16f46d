import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { ok, testContext } from '../../support/context';

// The .docx of a plan made through the API from the built-in template converts to PDF with
// LibreOffice. Skipped cleanly where soffice is not installed.

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const work = mkdtempSync(join(tmpdir(), 'docx-api-pdf-'));
const profile = join(tmpdir(), `lo-${randomUUID()}`);
const ctx = testContext();

afterAll(() => {
  ctx.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe.skipIf(!hasSoffice)('LibreOffice conversion of an API-made plan', () => {
  it('converts the Tháng Công nhân 2025 plan from the template to a PDF of several pages', async () => {
    await ok(ctx, 'settings.update', {
      ...EXAMPLE_OFFICE,
      superiorBody: EXAMPLE_OFFICE.superiorBody ?? '',
      address: '',
      phone: '',
      email: '',
    });
    const { document } = await ok(ctx, 'documents.create', {
      templateKey: 'tcn-ke-hoach',
      year: 2025,
      date: '2025-03-20',
      theme: 'Chủ đề năm 2025',
    });
    const issued = await ok(ctx, 'documents.issue', { id: document.id, number: null, date: '2026-03-20' });
    const file = await ok(ctx, 'documents.exportDocx', { id: issued.id });
    const docx = join(work, file.fileName);
    writeFileSync(docx, Buffer.from(file.dataBase64, 'base64'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'ignore',
      timeout: 110_000,
    });
    const pdf = docx.replace(/\.docx$/, '.pdf');
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length).toBeGreaterThanOrEqual(4);
  }, 120_000);
});
