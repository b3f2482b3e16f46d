import { Alert, Button, Drawer, Empty, Spin, Tag } from 'antd';
import { useState } from 'react';
import type { DuplicatePair } from '../../../../../shared/members/duplicates';
import { DUPLICATE_REASON_LABELS } from '../../../../../shared/members/duplicates';
import type { Member } from '../../../../../shared/members/schema';
import { skipToken, useApi } from '../../../api/hooks';
import { errorMessage } from '../../../api/client';
import { showDate, STATUS_COLORS, statusLabel } from '../labels';
import { ComparePanel } from './ComparePanel';

interface Props {
  open: boolean;
  onClose: () => void;
  /** A merge removed a record: the member list behind the drawer reloads. */
  onChanged: () => void;
}

function Summary({ m }: { m: Member }) {
  const facts = [
    m.birthDate ? `Sinh ${showDate(m.birthDate)}` : 'Chưa có ngày sinh',
    m.cccd ? `CCCD ${m.cccd}` : null,
    m.cmnd ? `CMND ${m.cmnd}` : null,
  ].filter(Boolean);
  return (
    <div style={{ flex: 1, minWidth: 0 }}>
      <div>
        <b>{m.name}</b>{' '}
        <Tag color={STATUS_COLORS[m.status]} style={{ marginInlineStart: 4 }}>
          {statusLabel(m.status)}
        </Tag>
      </div>
      <div title={m.unitName}>{m.unitName}</div>
      <div className="muted">{facts.join(' · ')}</div>
    </div>
  );
}

/** "Tìm trùng lặp": the likely duplicate pairs of the register, then one pair side by side to merge. */
export function DuplicatesDrawer({ open, onClose, onChanged }: Props) {
  const [selected, setSelected] = useState<DuplicatePair | null>(null);
  const list = useApi('members.duplicates', open ? {} : skipToken);
  const pairs = list.data?.pairs ?? [];

  const close = () => {
    setSelected(null);
    onClose();
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      size="min(1180px, 100vw)"
      title={selected ? `So sánh hai hồ sơ: ${selected.a.name} / ${selected.b.name}` : 'Tìm trùng lặp'}
      destroyOnHidden
    >
      {selected ? (
        <ComparePanel
          key={`${selected.a.id}:${selected.b.id}`}
          pair={selected}
          onBack={() => setSelected(null)}
          onSettled={() => {
            setSelected(null);
            onChanged();
          }}
        />
      ) : list.isPending ? (
        <Spin />
      ) : list.isError ? (
        <Alert type="error" showIcon title={errorMessage(list.error)} />
      ) : pairs.length === 0 ? (
        <Empty description="Không tìm thấy đoàn viên nào có thể trùng lặp." />
      ) : (
        <>
          <p>
            {list.data.total > pairs.length
              ? `Có ${list.data.total.toLocaleString('vi-VN')} cặp hồ sơ có thể là cùng một người; đang hiện ${pairs.length} cặp đầu. Gộp hoặc đánh dấu "Không trùng" xong, danh sách sẽ hiện tiếp.`
              : `Có ${pairs.length.toLocaleString('vi-VN')} cặp hồ sơ có thể là cùng một người. Bấm "So sánh" để xem hai hồ sơ cạnh nhau rồi gộp, hoặc chọn "Không trùng" nếu là hai người khác nhau.`}
          </p>
          <ul aria-label="Các cặp có thể trùng" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {pairs.map((p) => (
              <li
                key={`${p.a.id}:${p.b.id}`}
                aria-label={`Cặp ${p.a.name} và ${p.b.name}`}
                style={{ display: 'flex', gap: 16, alignItems: 'center', padding: '12px 16px', border: '1px solid #f0f0f0', marginTop: -1 }}
              >
                <div style={{ flex: 1, minWidth: 0 }}>
                  <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap', marginBottom: 4 }}>
                    {p.reasons.map((r) => (
                      <Tag key={r} color="orange">
                        {DUPLICATE_REASON_LABELS[r]}
                      </Tag>
                    ))}
                  </div>
                  <div style={{ display: 'flex', gap: 24 }}>
                    <Summary m={p.a} />
                    <Summary m={p.b} />
                  </div>
                </div>
                <Button type="primary" onClick={() => setSelected(p)}>
                  So sánh
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Drawer>
  );
}
