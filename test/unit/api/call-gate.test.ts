import { describe, expect, it } from 'vitest';
import { CallGate } from '../../../electron/services/call-gate';

const tick = () => new Promise((r) => setTimeout(r, 5));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('CallGate', () => {
  it('lets ordinary calls run side by side', async () => {
    const gate = new CallGate();
    const log: string[] = [];
    const a = deferred();
    const p1 = gate.shared(async () => {
      log.push('a start');
      await a.promise;
      log.push('a end');
    });
    const p2 = gate.shared(async () => {
      log.push('b');
    });
    await p2;
    expect(log).toEqual(['a start', 'b']);
    a.resolve();
    await p1;
  });

  it('runs an exclusive call alone: after the calls in progress, before the calls that arrive meanwhile', async () => {
    const gate = new CallGate();
    const log: string[] = [];
    const running = deferred();
    const inside = deferred();
    const p1 = gate.shared(async () => {
      log.push('shared 1 start');
      await running.promise;
      log.push('shared 1 end');
    });
    const ex = gate.exclusiveCall(async () => {
      log.push('exclusive start');
      await inside.promise;
      log.push('exclusive end');
      return 42;
    });
    const p2 = gate.shared(async () => {
      log.push('shared 2');
    });
    await tick();
    expect(log).toEqual(['shared 1 start']);
    running.resolve();
    await tick();
    expect(log).toEqual(['shared 1 start', 'shared 1 end', 'exclusive start']);
    inside.resolve();
    expect(await ex).toBe(42);
    await Promise.all([p1, p2]);
    expect(log).toEqual(['shared 1 start', 'shared 1 end', 'exclusive start', 'exclusive end', 'shared 2']);
  });

  it('queues exclusive calls one after another and opens again after a failure', async () => {
    const gate = new CallGate();
    const log: string[] = [];
    const first = gate.exclusiveCall(async () => {
      log.push('1');
      await tick();
      throw new Error('boom');
    });
    const second = gate.exclusiveCall(async () => {
      log.push('2');
      await tick();
      log.push('2 end');
    });
    await expect(first).rejects.toThrow('boom');
    await second;
    await gate.shared(async () => {
      log.push('shared');
    });
    expect(log).toEqual(['1', '2', '2 end', 'shared']);
  });
});
