import { App, Button, Radio, Space, Spin, Table, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMemo, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import type { DuplicatePair, MergeField } from '../../../../../shared/members/duplicates';
import { DUPLICATE_REASON_LABELS, MERGE_FIELDS, MERGE_FIELD_LABELS } from '../../../../../shared/members/duplicates';
import type { Member } from '../../../../../shared/members/schema';
import { useApi, useApiMutation } from '../../../api/hooks';
import { errorMessage } from '../../../api/client';
import { STATUS_COLORS, statusLabel } from '../labels';
import { eventText, fieldText, sameValue } from './values';

type Side = 'a' | 'b';
const other = (s: Side): Side => (s === 'a' ? 'b' : 'a');

interface Props {
  pair: DuplicatePair;
  onBack: () => void;
  /** After a merge or "Không trùng": the pair is settled. */
  onSettled: () => void;
}

/** Which record's value each field takes: the kept record's, unless it is empty and the other's is not. */
function defaultChoice(kept: Side, pair: DuplicatePair): Record<MergeField, Side> {
  const keptM = pair[kept];
  const otherM = pair[other(kept)];
  return Object.fromEntries(
    MERGE_FIELDS.map((f) => [f, fieldText(keptM, f) === '' && fieldText(otherM, f) !== '' ? other(kept) : kept]),
  ) as Record<MergeField, Side>;
}

function History({ member }: { member: Member }) {
  const events = useApi('members.events', { id: member.id });
  if (events.isPending) return <Spin size="small" />;
  if (events.isError) return <span className="muted">{errorMessage(events.error)}</span>;
  return (
    <ol style={{ margin: 0, paddingLeft: 20 }} aria-label={`Quá trình sinh hoạt của hồ sơ ${member.name} (${member.unitName})`}>
      {events.data.map((ev) => (
        <li key={ev.id}>
          {eventText(ev)}
          {ev.note && <div className="muted">{ev.note}</div>}
        </li>
      ))}
    </ol>
  );
}

interface Row {
  key: string;
  label: string;
  field?: MergeField;
  a: ReactNode;
  b: ReactNode;
}

/** The rows of the comparison: unit, status, then each field either record has, with a choice where they differ. */
function useCompareRows(
  pair: DuplicatePair,
  choice: Record<MergeField, Side>,
  setChoice: Dispatch<SetStateAction<Record<MergeField, Side>>>,
) {
  // A field empty in both records has nothing to compare or choose: left out, so the histories stay near.
  const shownFields = useMemo(() => MERGE_FIELDS.filter((f) => fieldText(pair.a, f) !== '' || fieldText(pair.b, f) !== ''), [pair]);
  const rows = useMemo<Row[]>(() => {
    const cell = (side: Side, f: MergeField) => {
      const text = fieldText(pair[side], f) || <span className="muted">(trống)</span>;
      if (sameValue(pair.a, pair.b, f)) return text;
      return (
        <Radio checked={choice[f] === side} onChange={() => setChoice((c) => ({ ...c, [f]: side }))}>
          {text}
        </Radio>
      );
    };
    return [
      { key: 'unit', label: 'Công đoàn cơ sở', a: pair.a.unitName, b: pair.b.unitName },
      {
        key: 'status',
        label: 'Trạng thái',
        a: <Tag color={STATUS_COLORS[pair.a.status]}>{statusLabel(pair.a.status)}</Tag>,
        b: <Tag color={STATUS_COLORS[pair.b.status]}>{statusLabel(pair.b.status)}</Tag>,
      },
      ...shownFields.map((f) => ({
        key: f,
        label: MERGE_FIELD_LABELS[f],
        field: f,
        a: cell('a', f),
        b: cell('b', f),
      })),
    ];
  }, [pair, choice, shownFields, setChoice]);
  const emptyInBoth = MERGE_FIELDS.length - shownFields.length;
  return { rows, emptyInBoth };
}

/** The two records side by side: the clerk picks the record to keep and, where they differ, each value. */
export function ComparePanel({ pair, onBack, onSettled }: Props) {
  const { message, modal } = App.useApp();
  const [kept, setKept] = useState<Side>(pair.a.status !== 'active' && pair.b.status === 'active' ? 'b' : 'a');
  const [choice, setChoice] = useState(() => defaultChoice(kept, pair));
  const merge = useApiMutation('members.merge', { waitForRefresh: true });
  const dismiss = useApiMutation('members.markNotDuplicate', { waitForRefresh: true });

  const keep = (side: Side) => {
    setKept(side);
    setChoice(defaultChoice(side, pair));
  };
  const take = MERGE_FIELDS.filter((f) => choice[f] !== kept && !sameValue(pair.a, pair.b, f));

  const { rows, emptyInBoth } = useCompareRows(pair, choice, setChoice);

  const keptM = pair[kept];
  const removedM = pair[other(kept)];
  const confirmMerge = () =>
    modal.confirm({
      title: 'Gộp hai hồ sơ thành một?',
      width: 560,
      content: (
        <div>
          <p>
            Giữ hồ sơ <b>{keptM.name}</b> ({keptM.unitName}) và xóa hồ sơ <b>{removedM.name}</b> ({removedM.unitName}).
          </p>
          <p>
            Toàn bộ quá trình sinh hoạt của hai hồ sơ được gộp theo thứ tự ngày
            {take.length > 0 ? `; lấy từ hồ sơ bị xóa: ${take.map((f) => MERGE_FIELD_LABELS[f]).join(', ')}` : ''}. Hồ sơ bị xóa không còn
            trong danh sách và số liệu, nhưng vẫn được lưu trong lịch sử thay đổi.
          </p>
        </div>
      ),
      okText: 'Gộp hồ sơ',
      cancelText: 'Không gộp',
      onOk: async () => {
        try {
          const r = await merge.mutateAsync({ keepId: keptM.id, removeId: removedM.id, take });
          message.success(`Đã gộp hai hồ sơ thành một: ${r.member.name} (${r.member.unitName}).`);
          onSettled();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  const markNotDuplicate = async () => {
    try {
      await dismiss.mutateAsync({ aId: pair.a.id, bId: pair.b.id });
      message.success('Đã ghi nhận: hai hồ sơ này là hai người khác nhau; cặp này sẽ không hiện lại.');
      onSettled();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const header = (side: Side, n: number) => (
    <Radio checked={kept === side} onChange={() => keep(side)}>
      <b>Giữ hồ sơ {n}</b>
    </Radio>
  );

  return (
    <div>
      <div style={{ position: 'sticky', top: 0, zIndex: 2, background: '#fff', paddingBottom: 12 }}>
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
            Quay lại danh sách
          </Button>
          <Button type="primary" onClick={confirmMerge} loading={merge.isPending}>
            Gộp hồ sơ…
          </Button>
          <Button onClick={markNotDuplicate} loading={dismiss.isPending}>
            Không trùng
          </Button>
          {pair.reasons.map((r) => (
            <Tag key={r} color="orange">
              {DUPLICATE_REASON_LABELS[r]}
            </Tag>
          ))}
        </Space>
        <div className="muted" style={{ marginTop: 8 }}>
          Chọn hồ sơ giữ lại; ở những dòng khác nhau, chọn giá trị đúng. Hồ sơ còn lại sẽ bị xóa sau khi gộp.
          {emptyInBoth > 0 && ` Không hiện ${emptyInBoth} mục cả hai hồ sơ đều để trống.`}
        </div>
      </div>
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={rows}
        onRow={(r) => ({ style: r.field && !sameValue(pair.a, pair.b, r.field) ? { background: '#fffbe6' } : undefined })}
        columns={[
          { title: 'Thông tin', dataIndex: 'label', width: 190 },
          { title: header('a', 1), dataIndex: 'a', onCell: () => ({ style: { width: '40%' } }) },
          { title: header('b', 2), dataIndex: 'b', onCell: () => ({ style: { width: '40%' } }) },
        ]}
      />
      <div style={{ display: 'flex', gap: 24, marginTop: 16 }}>
        {(['a', 'b'] as const).map((side, i) => (
          <section key={side} style={{ flex: 1, minWidth: 0 }}>
            <h3>
              Quá trình sinh hoạt — hồ sơ {i + 1}
              {kept === side ? ' (giữ lại)' : ''}
            </h3>
            <History member={pair[side]} />
          </section>
        ))}
      </div>
    </div>
  );
}
