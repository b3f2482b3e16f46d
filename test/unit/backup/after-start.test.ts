// The work the app starts on its own (services/background.ts): the daily backup is made once the
// window has been quiet, not at all when the app closes first (the close backup covers that), and
// never beside an exclusive call such as a restore.
import { describe, expect, it } from 'vitest';
import { afterStart } from '../../../electron/services/background';
import { listAutomatic } from '../../../electron/services/backup/automatic';
import { gateFor } from '../../../electron/services/call-gate';
import { markForeground } from '../../../electron/services/foreground';
import { testContext } from '../../support/context';
import { seedRegister } from './helpers';

const NOW = new Date(2026, 11, 2, 10, 45);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('work after start', () => {
  it('makes the daily backup once the window is quiet, after an exclusive call in progress', async () => {
    const ctx = testContext({ now: NOW });
    try {
      await seedRegister(ctx);
      const errors: unknown[] = [];
      let exclusiveOver = false;
      // A long exclusive call (a restore, an import): the backup does not start beside it.
      const exclusive = gateFor(ctx.db).exclusiveCall(async () => {
        await sleep(2_600);
        expect(listAutomatic(ctx)).toHaveLength(0);
        exclusiveOver = true;
      });
      const work = afterStart(ctx, (e) => errors.push(e));
      markForeground();
      await sleep(1_000);
      expect(listAutomatic(ctx)).toHaveLength(0); // not quiet for 2 s yet
      await work.done;
      await exclusive;
      expect(exclusiveOver).toBe(true);
      expect(errors).toEqual([]);
      expect(listAutomatic(ctx).map((f) => f.kind)).toEqual(['daily']);
    } finally {
      ctx.close();
    }
  });

  it('makes none when the app closes first', async () => {
    const ctx = testContext({ now: NOW });
    try {
      await seedRegister(ctx);
      const errors: unknown[] = [];
      const work = afterStart(ctx, (e) => errors.push(e));
      await work.stop();
      expect(errors).toEqual([]);
      expect(listAutomatic(ctx)).toHaveLength(0);
    } finally {
      ctx.close();
    }
  });
});
