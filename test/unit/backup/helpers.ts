import fs from 'node:fs';
import path from 'node:path';
import { ok, type testContext } from '../../support/context';

export type Ctx = ReturnType<typeof testContext>;

/** The office's settings: its name, its superior, the place, the signer and the recipients. */
export async function seedOffice(ctx: Ctx): Promise<void> {
  await ok(ctx, 'settings.update', {
    issuingBody: 'CÔNG ĐOÀN XÃ VĨNH BÌNH BẮC',
    superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG',
    placeName: 'Vĩnh Bình Bắc',
    codeSuffix: 'CĐX',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Lê Kim Thoa',
    recipients: ['Lưu: VT'],
  });
}

/** A small register: the office, two units, three members, an archived report file. */
export async function seedRegister(ctx: Ctx): Promise<void> {
  await seedOffice(ctx);
  const a = await ok(ctx, 'units.create', { code: 'CD01', name: 'Trường THCS Vĩnh Bình Bắc' });
  const b = await ok(ctx, 'units.create', { code: 'CD02', name: 'Công ty TNHH Thủy sản Minh Phú' });
  await ok(ctx, 'members.create', { unitId: a.id, name: 'Trần Thị Bé', birthDate: '1985-03-05', cccd: '091185001234' });
  await ok(ctx, 'members.create', { unitId: b.id, name: 'Lê Văn Tám', birthDate: '1990' });
  await ok(ctx, 'members.create', { unitId: b.id, name: 'Nguyễn Văn An', birthDate: '1992' });
  const archive = path.join(ctx.dataDir, 'archive', 'reports');
  fs.mkdirSync(archive, { recursive: true });
  fs.writeFileSync(path.join(archive, `${'a'.repeat(64)}.xlsx`), 'PK archived report bytes');
}

export const archivedFiles = (ctx: Ctx): string[] => {
  const dir = path.join(ctx.dataDir, 'archive', 'reports');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};
