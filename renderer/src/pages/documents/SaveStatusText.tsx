import dayjs from 'dayjs';
import type { SaveStatus } from './autosave';

/** The editor's save line: saved at, pending, saving, or why it could not save. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  switch (status.kind) {
    case 'saved':
      return (
        <span className="muted" role="status">
          Đã lưu lúc {dayjs(status.at).format('HH:mm')}
        </span>
      );
    case 'dirty':
      return (
        <span className="muted" role="status">
          Có thay đổi, sắp lưu…
        </span>
      );
    case 'saving':
      return (
        <span className="muted" role="status">
          Đang lưu…
        </span>
      );
    case 'error':
      return (
        <span role="status" style={{ color: '#d92d20' }}>
          Chưa lưu được: {status.message}
        </span>
      );
  }
}
