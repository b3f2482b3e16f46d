import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { ProgressEvent } from '../../../shared/api/progress';
import { callWithProgress } from './client';
import { invalidateAfter } from './hooks';

/** What the bar shows before the first report arrives. */
const STARTING = (callId = ''): ProgressEvent => ({ callId, phase: 'Đang bắt đầu…', done: 0, total: 0, cancellable: true });

/**
 * Runs long calls one at a time with their progress: `progress` is the running call's last report
 * (null when none runs), `cancel` asks it to stop. Shown with <CallProgress>. A call that changes
 * data passes `{ refresh: true }`: what it makes stale (api/invalidation) is fetched again before
 * `run` resolves, as useApiMutation does.
 */
export function useCallProgress() {
  const qc = useQueryClient();
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const running = useRef<AbortController | null>(null);

  const run = useCallback(
    async <M extends MethodName>(method: M, input: MethodInput<M>, opts: { refresh?: boolean } = {}): Promise<MethodResult<M>> => {
      const controller = new AbortController();
      running.current = controller;
      setProgress(STARTING());
      try {
        const result = await callWithProgress(
          method,
          input,
          (p) => {
            if (running.current === controller) setProgress(p);
          },
          controller.signal,
        );
        if (opts.refresh) await invalidateAfter(qc, method);
        return result;
      } finally {
        if (running.current === controller) {
          running.current = null;
          setProgress(null);
        }
      }
    },
    [qc],
  );

  const cancel = useCallback(() => {
    running.current?.abort();
    setProgress((p) => (p ? { ...p, phase: 'Đang hủy…', cancellable: false } : p));
  }, []);

  return { progress, run, cancel };
}
