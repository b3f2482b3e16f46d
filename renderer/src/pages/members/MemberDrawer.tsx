import { App, Button, Descriptions, Drawer, Dropdown, Space, Spin, Tag, Timeline } from 'antd';
import { useState } from 'react';
import type { Member } from '../../../../shared/members/schema';
import { EVENT_KIND_LABELS } from '../../../../shared/members/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { errorMessage } from '../../api/client';
import { skipToken, useApi, useApiMutation } from '../../api/hooks';
import { DeleteMemberButton } from './DeleteMemberButton';
import { EventModal, eventChoices, type EventChoice } from './EventModal';
import { genderLabel, positionLabel, showDate, STATUS_COLORS, statusLabel } from './labels';
import { MemberSupportList } from '../activities/MemberSupportList';

interface Props {
  memberId: number | null;
  onClose: () => void;
  onEdit: (m: Member) => void;
  onChanged: () => void;
}

/** One member: the record and the timeline of life events, with actions to record new ones. */
export function MemberDrawer({ memberId, onClose, onEdit, onChanged }: Props) {
  const { message, modal } = App.useApp();
  const [eventKind, setEventKind] = useState<EventChoice | null>(null);
  const input = memberId !== null ? { id: memberId } : skipToken;
  const member = useApi('members.get', input);
  const events = useApi('members.events', input);
  const deleteEvent = useApiMutation('members.deleteEvent');
  const m = member.data;

  const undoLast = (eventId: number) =>
    modal.confirm({
      title: 'Xóa biến động này?',
      content: 'Chỉ dùng khi ghi nhầm. Thông tin đoàn viên sẽ trở lại như trước biến động này.',
      okText: 'Xóa biến động',
      okButtonProps: { danger: true },
      cancelText: 'Không',
      onOk: async () => {
        try {
          await deleteEvent.mutateAsync({ memberId: memberId!, eventId });
          onChanged();
          message.success('Đã xóa biến động.');
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <Drawer open={memberId !== null} onClose={onClose} size={640} title={m ? m.name : 'Đoàn viên'}>
      {!m && <Spin />}
      {m && (
        <>
          <Space style={{ marginBottom: 16 }} wrap>
            <Tag color={STATUS_COLORS[m.status]}>{statusLabel(m.status)}</Tag>
            <Button onClick={() => onEdit(m)}>Sửa thông tin</Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: eventChoices(m).map((k) => ({ key: k, label: EVENT_KIND_LABELS[k] })),
                onClick: (e) => setEventKind(e.key as EventChoice),
              }}
            >
              <Button type="primary">Ghi biến động…</Button>
            </Dropdown>
            {events.data && (
              <DeleteMemberButton
                member={m}
                eventCount={events.data.length}
                onDeleted={() => {
                  onClose();
                  onChanged();
                }}
              />
            )}
          </Space>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="Công đoàn cơ sở" span={2}>
              {m.unitName}
            </Descriptions.Item>
            <Descriptions.Item label="Ngày sinh">{showDate(m.birthDate)}</Descriptions.Item>
            <Descriptions.Item label="Giới tính">{genderLabel(m)}</Descriptions.Item>
            <Descriptions.Item label="Dân tộc">{m.ethnicity}</Descriptions.Item>
            <Descriptions.Item label="Tôn giáo">{m.religion}</Descriptions.Item>
            <Descriptions.Item label="Số CCCD">{m.cccd}</Descriptions.Item>
            {m.cmnd && <Descriptions.Item label="Số CMND cũ">{m.cmnd}</Descriptions.Item>}
            <Descriptions.Item label="Mã số ĐV">{m.memberCode}</Descriptions.Item>
            <Descriptions.Item label="Điện thoại">{m.phone}</Descriptions.Item>
            <Descriptions.Item label="Chức vụ CĐ">{positionLabel(m)}</Descriptions.Item>
            <Descriptions.Item label="Nghề nghiệp, chức vụ" span={2}>
              {m.jobTitle}
            </Descriptions.Item>
            <Descriptions.Item label="Ngày vào CĐ">{showDate(m.joinedOn)}</Descriptions.Item>
            <Descriptions.Item label="Đảng viên">
              {m.partyMember ? `Có${m.partyDate ? ` (${showDate(m.partyDate)})` : ''}` : 'Không'}
            </Descriptions.Item>
            <Descriptions.Item label="Trình độ">{m.education}</Descriptions.Item>
            <Descriptions.Item label="Ghi chú">{m.notes}</Descriptions.Item>
          </Descriptions>
          <h3 style={{ marginTop: 24 }}>Quá trình sinh hoạt</h3>
          <Timeline
            items={(events.data ?? []).map((ev) => ({
              color: ev.kind === 'leave' || ev.kind === 'transferOut' ? 'gray' : ev.kind === 'card' ? 'blue' : 'green',
              children: (
                <div>
                  <b>{isoToVn(ev.date)}</b> — {EVENT_KIND_LABELS[ev.kind]}
                  {ev.kind === 'transfer' && ` từ ${ev.fromUnitName} sang ${ev.toUnitName}`}
                  {(ev.kind === 'admit' || ev.kind === 'transferIn' || ev.kind === 'register') && ev.toUnitName && ` vào ${ev.toUnitName}`}
                  {ev.externalUnit && ` (${ev.kind === 'transferOut' ? 'đến' : 'từ'} ${ev.externalUnit})`}
                  {ev.reason && `. Lý do: ${ev.reason}`}
                  {ev.cardNo && `. Số thẻ: ${ev.cardNo}`}
                  {ev.decisionNo && <span className="muted"> — QĐ số {ev.decisionNo}</span>}
                  {ev.note && <div className="muted">{ev.note}</div>}
                  {ev.canDelete && (
                    <Button size="small" type="link" danger onClick={() => undoLast(ev.id)}>
                      Xóa (ghi nhầm)
                    </Button>
                  )}
                </div>
              ),
            }))}
          />
          <MemberSupportList memberId={m.id} />
        </>
      )}
      <EventModal
        member={eventKind ? (m ?? null) : null}
        kind={eventKind}
        onClose={() => setEventKind(null)}
        onDone={() => {
          const k = eventKind;
          setEventKind(null);
          onChanged();
          message.success(`Đã ghi nhận: ${k ? EVENT_KIND_LABELS[k] : ''}.`);
        }}
      />
    </Drawer>
  );
}
