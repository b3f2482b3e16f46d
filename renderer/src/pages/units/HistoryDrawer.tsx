import { Drawer, Empty, Timeline } from 'antd';
import dayjs from 'dayjs';
import type { Unit } from '../../../../shared/units/schema';
import { skipToken, useApi } from '../../api/hooks';

export function HistoryDrawer({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const q = useApi('units.history', unit ? { id: unit.id } : skipToken);
  return (
    <Drawer open={!!unit} onClose={onClose} title={`Lịch sử thay đổi: ${unit?.name ?? ''}`} size={480}>
      {q.data?.length === 0 && <Empty description="Chưa có thay đổi nào." />}
      <Timeline
        items={(q.data ?? []).map((c) => ({
          children: (
            <div>
              <b>{c.action}</b> <span className="muted">— {dayjs(c.at).format('DD/MM/YYYY HH:mm')}</span>
              {c.summary && <div style={{ whiteSpace: 'pre-wrap' }}>{c.summary}</div>}
            </div>
          ),
        }))}
      />
    </Drawer>
  );
}
