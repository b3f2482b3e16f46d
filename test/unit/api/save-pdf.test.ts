// "Lưu PDF" needs the desktop window (electron/main/pdf.ts answers it there); every other caller —
// browser mode, a script — gets a plain answer saying what to do, and nothing happens.
import { describe, expect, it } from 'vitest';
import { call, testContext } from '../../support/context';

describe('app.savePdf outside the desktop app', () => {
  it('is refused with a Vietnamese message telling the clerk to print to PDF', async () => {
    const ctx = testContext();
    try {
      const r = await call(ctx, 'app.savePdf', { fileName: 'Kế hoạch số 01-KH-LĐLĐ.pdf' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/chọn máy in "Lưu dưới dạng PDF"/);
      const bad = await call(ctx, 'app.savePdf', { fileName: 'a/b.pdf' });
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.error.code).toBe('INVALID_INPUT');
    } finally {
      ctx.close();
    }
  });
});
