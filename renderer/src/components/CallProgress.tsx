import { Button, Progress } from 'antd';
import type { ProgressEvent } from '../../../shared/api/progress';

const count = (n: number) => n.toLocaleString('vi-VN');

/**
 * The progress of a long call: its phase, "n/N" and a bar (moving stripes while the amount of
 * work is not known yet), and a "Hủy" button while cancelling still leaves nothing behind.
 */
export function CallProgress({ progress, onCancel }: { progress: ProgressEvent | null; onCancel?: () => void }) {
  if (!progress) return null;
  const { phase, done, total, cancellable } = progress;
  const known = total > 0;
  const label = known ? `${phase}: ${count(done)}/${count(total)}` : phase;
  return (
    <div className="call-progress" style={{ display: 'flex', alignItems: 'center', gap: 12, margin: '8px 0' }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div className="muted" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {label}
        </div>
        <Progress
          aria-label={label}
          percent={known ? Math.floor((done / total) * 100) : 100}
          status="active"
          showInfo={known}
          strokeColor={known ? undefined : '#91caff'}
        />
      </div>
      {onCancel && (
        <Button
          aria-label="Hủy thao tác đang chạy"
          onClick={onCancel}
          disabled={!cancellable}
          title={cancellable ? undefined : 'Đang lưu: không hủy được nữa'}
        >
          Hủy
        </Button>
      )}
    </div>
  );
}
