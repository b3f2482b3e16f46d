import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from '../../../renderer/src/pages/documents/autosave';

/** A save the test finishes by hand, to look at the state while it runs. */
function deferred() {
  let resolve!: (at: string) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(save: (manual: boolean) => Promise<string>) {
  const statuses: SaveStatus[] = [];
  const engine = createAutosave({ save, onStatus: (s) => statuses.push(s), describeError: () => 'Hết chỗ trên ổ đĩa.', delayMs: 1000 });
  return { engine, statuses };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('document autosave', () => {
  it('saves once, a moment after the last of several changes', async () => {
    const save = vi.fn(async () => '2026-05-01T08:00:00Z');
    const { engine, statuses } = setup(save);
    engine.changed();
    await vi.advanceTimersByTimeAsync(600);
    engine.changed();
    await vi.advanceTimersByTimeAsync(600);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(false);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: '2026-05-01T08:00:00Z' });
    expect(statuses.map((s) => s.kind)).toEqual(['dirty', 'dirty', 'saving', 'saved']);
    expect(engine.dirty).toBe(false);
  });

  it('a flush saves at once and cancels the pending timer', async () => {
    const save = vi.fn(async () => 't1');
    const { engine } = setup(save);
    engine.changed();
    expect(await engine.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('a flush with nothing typed saves nothing, unless asked by hand (Ctrl+S)', async () => {
    const save = vi.fn(async () => 't1');
    const { engine } = setup(save);
    expect(await engine.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    expect(await engine.flush(true)).toBe(true);
    expect(save).toHaveBeenCalledWith(true);
  });

  it('a failed save keeps the changes pending, shows why, and the next flush tries again', async () => {
    const save = vi.fn<(manual: boolean) => Promise<string>>().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue('t2');
    const { engine, statuses } = setup(save);
    engine.changed();
    expect(await engine.flush()).toBe(false);
    expect(statuses.at(-1)).toEqual({ kind: 'error', message: 'Hết chỗ trên ổ đĩa.' });
    expect(engine.dirty).toBe(true);
    expect(await engine.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 't2' });
  });

  it('changes typed during a save stay pending and are saved after it', async () => {
    const first = deferred();
    const save = vi.fn<(manual: boolean) => Promise<string>>().mockReturnValueOnce(first.promise).mockResolvedValue('t2');
    const { engine, statuses } = setup(save);
    engine.changed();
    const flushing = engine.flush();
    expect(engine.saving).toBe(true);
    engine.changed();
    first.resolve('t1');
    expect(await flushing).toBe(true);
    // The first save is done, but what was typed meanwhile is not stored yet.
    expect(statuses.at(-1)).toEqual({ kind: 'dirty' });
    expect(engine.saving).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 't2' });
  });

  it('one save at a time: a flush during a save waits for it, then saves the rest', async () => {
    const first = deferred();
    let running = 0;
    let most = 0;
    const save = vi.fn(async () => {
      running++;
      most = Math.max(most, running);
      const at = save.mock.calls.length === 1 ? await first.promise : 't2';
      running--;
      return at;
    });
    const { engine } = setup(save);
    engine.changed();
    const a = engine.flush();
    engine.changed();
    const b = engine.flush();
    first.resolve('t1');
    expect(await a).toBe(true);
    expect(await b).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('discard forgets pending changes (the document was replaced or deleted)', async () => {
    const save = vi.fn(async () => 't1');
    const { engine } = setup(save);
    engine.changed();
    engine.discard();
    expect(engine.dirty).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await engine.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });
});
