import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { methodNames } from '../../shared/api/contract';
import { CANCEL_CHANNEL, isCallId, PROGRESS_CHANNEL, type ProgressEvent } from '../../shared/api/progress';
import { cancelCall } from '../services/progress';
import type { ApiResult } from '../../shared/api/result';
import type { ServiceContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import { savePdf } from './pdf';
import { isAppUrl } from './protocol';

const UNAUTHORIZED: ApiResult<never> = {
  ok: false,
  error: {
    code: 'UNAUTHORIZED',
    message: 'Yêu cầu không đến từ giao diện của phần mềm nên đã bị từ chối. Hãy đóng rồi mở lại phần mềm.',
  },
};

/** Only frames showing our own page (`app://ui/…`) may call the API. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

/**
 * One `ipcMain.handle` per contract method, same name as the method. The sender is checked
 * first; `dispatch` then validates the input with the contract's schema and never throws.
 */
export function registerIpcHandlers(ctx: ServiceContext): () => void {
  for (const name of methodNames) {
    ipcMain.handle(name, async (event, input: unknown, callId: unknown) => {
      if (!isTrustedSender(event)) {
        console.warn(`[ipc] refused ${name} from`, event.senderFrame?.url ?? '(unknown frame)');
        return UNAUTHORIZED;
      }
      // Methods that need the window itself are answered here; the rest by the services.
      if (name === 'app.savePdf') return savePdf(ctx, event, input);
      // The window may name the call to follow its progress (shared/api/progress.ts).
      const sender = event.sender;
      const onProgress = (e: ProgressEvent) => {
        if (!sender.isDestroyed()) sender.send(PROGRESS_CHANNEL, e);
      };
      return dispatch(ctx, name, input, { callId, onProgress });
    });
  }
  const onCancel = (event: IpcMainEvent, callId: unknown) => {
    if (isAppUrl(event.senderFrame?.url) && isCallId(callId)) cancelCall(callId);
  };
  ipcMain.on(CANCEL_CHANNEL, onCancel);
  return () => {
    for (const name of methodNames) ipcMain.removeHandler(name);
    ipcMain.removeListener(CANCEL_CHANNEL, onCancel);
  };
}
