import { contextBridge, ipcRenderer } from 'electron';
// The names only (a dependency-free list): a sandboxed preload cannot load zod or the schemas.
import { METHOD_NAMES } from '../../shared/api/method-names';
import { CANCEL_CHANNEL, isCallId, PROGRESS_CHANNEL, type ProgressBridge, type ProgressEvent } from '../../shared/api/progress';

/**
 * Exposes `window.api.<domain>.<action>(input)` for every contract method, each a plain
 * function that invokes the IPC channel of the same name and resolves to the ApiResult
 * `{ ok: true, data } | { ok: false, error }`, and `window.apiProgress` (progress events of
 * long calls, cancel). Nothing else crosses the bridge: no ipcRenderer, no generic
 * "invoke(channel)", no Node.
 */
type ApiFunction = (input?: unknown, callId?: unknown) => Promise<unknown>;

const api: Record<string, Record<string, ApiFunction>> = {};
for (const name of METHOD_NAMES) {
  const dot = name.indexOf('.');
  const domain = name.slice(0, dot);
  const action = name.slice(dot + 1);
  const group = (api[domain] ??= {});
  // The optional call id lets the window follow the call's progress (shared/api/progress.ts).
  group[action] = (input?: unknown, callId?: unknown) => ipcRenderer.invoke(name, input, isCallId(callId) ? callId : undefined);
}

contextBridge.exposeInMainWorld('api', api);

/** `window.apiProgress`: the progress events of this window's calls, and cancelling one. */
const apiProgress: ProgressBridge = {
  subscribe(listener) {
    const forward = (_event: unknown, progress: ProgressEvent) => listener(progress);
    ipcRenderer.on(PROGRESS_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(PROGRESS_CHANNEL, forward);
    };
  },
  cancel(callId) {
    if (isCallId(callId)) ipcRenderer.send(CANCEL_CHANNEL, callId);
  },
};
contextBridge.exposeInMainWorld('apiProgress', apiProgress);
