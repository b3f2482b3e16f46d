import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// LibreOffice, where the office PC has it, turns an issued .docx into its PDF without a window
// (browser mode has no printToPDF). It is looked for where its installer puts it; CONGDOAN_SOFFICE
// names another program, or "none" to never use it. Each conversion uses a profile of its own, so
// a LibreOffice the clerk has open is neither disturbed nor waited for.

/** A cold LibreOffice on a slow office PC takes a few seconds; a minute means it hangs. */
const CONVERT_TIMEOUT_MS = 90_000;

const probed = new Map<string, boolean>();

function runs(program: string): Promise<boolean> {
  const known = probed.get(program);
  if (known !== undefined) return Promise.resolve(known);
  return new Promise((resolve) => {
    execFile(program, ['--version'], { timeout: 30_000, windowsHide: true }, (err) => {
      probed.set(program, !err);
      resolve(!err);
    });
  });
}

function candidates(): string[] {
  const named = process.env.CONGDOAN_SOFFICE?.trim();
  if (named) return named.toLowerCase() === 'none' ? [] : [named];
  if (process.platform !== 'win32') return ['soffice'];
  const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'];
  return [...new Set(roots.filter((r): r is string => !!r).map((r) => path.join(r, 'LibreOffice', 'program', 'soffice.exe')))].filter((p) =>
    fs.existsSync(p),
  );
}

/** The LibreOffice program to use, or null where there is none. */
export async function findSoffice(): Promise<string | null> {
  for (const program of candidates()) if (await runs(program)) return program;
  return null;
}

/** The PDF LibreOffice makes of `docx`; throws when it fails or takes too long. */
export async function convertToPdf(program: string, docx: Buffer): Promise<Buffer> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-pdf-'));
  try {
    const input = path.join(work, 'van-ban.docx');
    fs.writeFileSync(input, docx);
    const profile = pathToFileURL(path.join(work, `profile-${randomUUID()}`)).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        program,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input],
        { timeout: CONVERT_TIMEOUT_MS, windowsHide: true },
        (err) => (err ? reject(err) : resolve()),
      );
    });
    const out = path.join(work, 'van-ban.pdf');
    if (!fs.existsSync(out)) throw new Error('LibreOffice wrote no PDF');
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
