import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../support/context';

// The installer itself can only be built and run on Windows; here we check what makensis will be given.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(s: string): unknown };
const config = yaml.load(fs.readFileSync(path.join(APP_ROOT, 'electron-builder.yml'), 'utf8')) as {
  nsis: { include?: string };
  files: string[];
};
const scheme = JSON.parse(fs.readFileSync(path.join(APP_ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
  definitions: { NsisOptions: { properties: Record<string, unknown> } };
};
const template = fs.readFileSync(path.join(APP_ROOT, 'node_modules', 'app-builder-lib', 'templates', 'nsis', 'installer.nsi'), 'utf8');

describe('packaging: the installer refuses Windows older than 10', () => {
  const includePath = path.join(APP_ROOT, config.nsis.include ?? '');
  const script = fs.readFileSync(includePath, 'utf8');

  it('is included through a key electron-builder knows, and stays out of the app files', () => {
    expect(Object.keys(scheme.definitions.NsisOptions.properties)).toContain('include');
    expect(config.nsis.include).toBe('build/installer.nsh');
    expect(config.files.some((f) => f.startsWith('build'))).toBe(false);
  });

  it('hooks a macro the electron-builder template inserts in .onInit', () => {
    expect(template).toMatch(/!ifmacrodef preInit\s+!insertmacro preInit/);
    expect(script).toMatch(/!macro preInit[\s\S]*!macroend/);
    // The uninstaller is produced by running the installer at build time; it must not be stopped there.
    expect(script).toMatch(/!ifndef BUILD_UNINSTALLER/);
  });

  it('stops on Windows before 10 and on 32-bit Windows with a Vietnamese message, before copying anything', () => {
    const body = /!macro preInit([\s\S]*)!macroend/.exec(script)![1]!;
    const win10 = /\$\{IfNot\} \$\{AtLeastWin10\}([\s\S]*?)\$\{EndIf\}/.exec(body);
    const x64 = /\$\{IfNot\} \$\{RunningX64\}([\s\S]*?)\$\{EndIf\}/.exec(body);
    for (const block of [win10, x64]) {
      expect(block).not.toBeNull();
      expect(block![1]).toMatch(/MessageBox MB_OK\|MB_ICONSTOP "[^"]*Windows 10 hoặc (Windows )?11[^"]*"/);
      expect(block![1]).toMatch(/\n\s*Quit\s*\n/);
    }
    expect(script).toMatch(/!include "WinVer\.nsh"/);
    expect(script).toMatch(/!include "x64\.nsh"/);
  });
});
