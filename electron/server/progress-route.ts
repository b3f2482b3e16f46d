import { CANCEL_PATH, isCallId, PROGRESS_PATH } from '../../shared/api/progress';
import { cancelCall, latestProgress } from '../services/progress';

/**
 * Browser mode's side of the progress channel: `GET /api/progress/<callId>` answers the call's last
 * report (null when it is not running), `POST /api/cancel/<callId>` asks it to stop. Returns the
 * answer's maker, or null when the request is not one of these (the caller checks token and origin
 * first, as for every API request).
 */
export function progressRoute(httpMethod: string | undefined, pathname: string): (() => unknown) | null {
  if (httpMethod === 'GET' && pathname.startsWith(PROGRESS_PATH)) {
    const id = pathname.slice(PROGRESS_PATH.length);
    return isCallId(id) ? () => ({ ok: true, data: latestProgress(id) }) : null;
  }
  if (httpMethod === 'POST' && pathname.startsWith(CANCEL_PATH)) {
    const id = pathname.slice(CANCEL_PATH.length);
    return isCallId(id) ? () => ({ ok: true, data: cancelCall(id) }) : null;
  }
  return null;
}
