import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../support/context';

// electron-builder reads this file on a Windows PC (npm run dist); here we check what it will be given.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(s: string): unknown };
const config = yaml.load(fs.readFileSync(path.join(APP_ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const scheme = JSON.parse(fs.readFileSync(path.join(APP_ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('packaging: Electron fuses', () => {
  it('turns off running as Node, NODE_OPTIONS and inspect; encrypts cookies; loads only the checked app.asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('uses only fuse names electron-builder knows', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const k of Object.keys(config.electronFuses as object)) expect(known, k).toContain(k);
  });
});
