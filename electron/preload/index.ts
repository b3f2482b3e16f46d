import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../../shared/api/contract';

/**
 * Exposes `window.api.<domain>.<action>(input)` for every contract method, each a plain
 * function that invokes the IPC channel of the same name and resolves to the ApiResult
 * `{ ok: true, data } | { ok: false, error }`. Nothing else crosses the bridge: no ipcRenderer,
 * no generic "invoke(channel)", no Node.
 */
type ApiFunction = (input?: unknown) => Promise<unknown>;

const api: Record<string, Record<string, ApiFunction>> = {};
for (const name of methodNames) {
  const dot = name.indexOf('.');
  const domain = name.slice(0, dot);
  const action = name.slice(dot + 1);
  const group = (api[domain] ??= {});
  group[action] = (input?: unknown) => ipcRenderer.invoke(name, input);
}

contextBridge.exposeInMainWorld('api', api);
