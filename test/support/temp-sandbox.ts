import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Global setup for vitest and Playwright: the test processes (and the app servers and LibreOffice
 * they start) get a temp folder of their own, removed when the run ends, so nothing a test or a
 * library leaves in the temp folder outlives the run.
 */
export default function tempSandbox(): () => void {
  const names = ['TMPDIR', 'TEMP', 'TMP'] as const; // os.tmpdir() reads TMPDIR on Unix, TEMP/TMP on Windows
  const previous = names.map((n) => process.env[n]);
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-run-'));
  for (const n of names) process.env[n] = sandbox;
  return () => {
    names.forEach((n, i) => {
      if (previous[i] === undefined) delete process.env[n];
      else process.env[n] = previous[i];
    });
    fs.rmSync(sandbox, { recursive: true, force: true });
  };
}
