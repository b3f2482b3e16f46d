import { Drawer, Empty, Timeline } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { Unit } from '../../../../shared/units/schema';
import { call } from '../../api/client';

export function HistoryDrawer({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const q = useQuery({ queryKey: ['units.history', unit?.id], queryFn: () => call('units.history', { id: unit!.id }), enabled: !!unit });
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
