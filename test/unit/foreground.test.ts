// Work the app starts on its own gives way to the window (electron/services/foreground.ts): the
// search index is not built while requests keep coming, and is once they stop; the daily backup's
// wait ends when the window is quiet, or at its latest whatever the window does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, testContext } from '../support/context';
import { makeUnit, type Ctx } from './members/helpers';
import { foregroundWait, markForeground, whenQuiet } from '../../electron/services/foreground';
import { invalidateSearchIndex, isSearchIndexBuilt, warmMemberSearch } from '../../electron/services/members/search-index';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let ctx: Ctx;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.close());

describe('background work and the window', () => {
  it('an API call keeps the window busy while it runs and for a moment after', async () => {
    await sleep(60);
    expect(foregroundWait(50)).toBe(0);
    const running = ok(ctx, 'app.info', {});
    expect(foregroundWait(0)).toBeGreaterThan(0); // running: busy whatever the quiet asked
    await running;
    expect(foregroundWait(10_000)).toBeGreaterThan(0);
    await sleep(60);
    expect(foregroundWait(50)).toBe(0);
  });

  it('the search index is built only once the window has been quiet', async () => {
    const unit = await makeUnit(ctx, 'A', 'CĐCS Trường Tiểu học An Bình', 2);
    for (let i = 0; i < 30; i++) await ok(ctx, 'members.create', { unitId: unit, name: `Nguyễn Văn ${i}` });
    invalidateSearchIndex(ctx.db);
    let warmed = false;
    const warm = warmMemberSearch(ctx, 5, 1_000).then(() => (warmed = true));
    // The window asks for something every 20 ms for 200 ms: the build waits (its quiet is 1 s, so
    // that a slow test machine pausing between two requests does not let it through).
    for (let t = 0; t < 10; t++) {
      markForeground();
      await sleep(20);
      expect(warmed).toBe(false);
      expect(isSearchIndexBuilt(ctx.db)).toBe(false);
    }
    await warm;
    expect(isSearchIndexBuilt(ctx.db)).toBe(true);
  });

  it('whenQuiet ends when the window is quiet, or at its latest', async () => {
    markForeground();
    let quiet = false;
    const waited = whenQuiet(500, 10_000).then(() => (quiet = true));
    await sleep(30);
    markForeground();
    await sleep(50);
    expect(quiet).toBe(false); // about 50 ms since the last request
    await waited;
    expect(foregroundWait(500)).toBe(0);

    // A window that never stops: the wait ends at its latest.
    let latest = false;
    const capped = whenQuiet(10_000, 600).then(() => (latest = true));
    for (let t = 0; t < 5; t++) {
      markForeground();
      await sleep(20);
    }
    expect(latest).toBe(false);
    await capped;
    expect(latest).toBe(true);
  });
});
