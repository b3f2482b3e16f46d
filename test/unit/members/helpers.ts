import fs from 'node:fs';
import path from 'node:path';
import { ok, tempDir, type testContext } from '../../support/context';
import type { MemberCreateInput } from '../../../shared/members/schema';

export type Ctx = ReturnType<typeof testContext>;

export async function makeUnit(ctx: Ctx, code: string, name: string, sectorId: number | null = null): Promise<number> {
  const u = await ok(ctx, 'units.create', { code, name, sectorId });
  return u.id;
}

export async function makeMember(ctx: Ctx, unitId: number, name: string, extra: Partial<MemberCreateInput> = {}): Promise<number> {
  const m = await ok(ctx, 'members.create', { unitId, name, ...extra });
  return m.id;
}

export function fileUpload(file: string, fileName = path.basename(file)) {
  return { fileName, dataBase64: fs.readFileSync(file).toString('base64') };
}

export function tempFile(name: string): string {
  return path.join(tempDir('members-fixture-'), name);
}
