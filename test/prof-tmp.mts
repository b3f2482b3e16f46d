import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { testContext, ok, cleanupCreated } from './support/context.ts';
const data = fs.readFileSync('/tmp/rb/50k.xlsx').toString('base64');
const ctx = testContext();
try {
  const u = await ok(ctx, 'units.create', { code: 'A', name: 'CĐCS Trường THCS Vĩnh Thuận' });
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const p = await ok(ctx, 'members.importPreview', { file: { fileName: 'x.xlsx', dataBase64: data }, unitId: u.id });
    const t1 = performance.now();
    const j = JSON.stringify(p).length;
    const t2 = performance.now();
    console.log('preview', (t1 - t).toFixed(0), 'json', (t2 - t1).toFixed(0), j, 'rss', (process.memoryUsage().rss / 1e6).toFixed(0));
  }
} finally {
  ctx.close();
  cleanupCreated();
}
