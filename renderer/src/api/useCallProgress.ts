import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { ProgressEvent } from '../../../shared/api/progress';
import { callWithProgress } from './client';

/** What the bar shows before the first report arrives. */
const STARTING = (callId = ''): ProgressEvent => ({ callId, phase: 'Đang bắt đầu…', done: 0, total: 0, cancellable: true });

/**
 * Runs long calls one at a time with their progress: `progress` is the running call's last report
 * (null when none runs), `cancel` asks it to stop. Shown with <CallProgress>.
 */
export function useCallProgress() {
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const running = useRef<AbortController | null>(null);

  const run = useCallback(async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => {
    const controller = new AbortController();
    running.current = controller;
    setProgress(STARTING());
    try {
      return await callWithProgress(
        method,
        input,
        (p) => {
          if (running.current === controller) setProgress(p);
        },
        controller.signal,
      );
    } finally {
      if (running.current === controller) {
        running.current = null;
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    running.current?.abort();
    setProgress((p) => (p ? { ...p, phase: 'Đang hủy…', cancellable: false } : p));
  }, []);

  return { progress, run, cancel };
}
