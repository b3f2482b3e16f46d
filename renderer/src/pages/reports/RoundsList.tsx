import { App, Button, Empty, Progress, Space, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { RoundSummary } from '../../../../shared/reports/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { RoundFormModal } from './RoundFormModal';
import { DeadlineTag, periodText } from './ui';
import { useRounds } from './useReports';
import { today } from '../../lib/clock';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';

/** The columns of the rounds list: name, period, deadline, how many reported, and the row's actions. */
function roundColumns({
  open,
  edit,
  remove,
}: {
  open: (id: number) => void;
  edit: (r: RoundSummary) => void;
  remove: (r: RoundSummary) => void;
}): TableColumnsType<RoundSummary> {
  return [
    {
      title: 'Đợt báo cáo',
      dataIndex: 'name',
      render: (name: string, r) => (
        <div>
          <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => open(r.id)}>
            {name}
          </Button>
          <div className="muted">
            Mã đợt {r.code} · {r.indicatorCount} chỉ tiêu
          </div>
        </div>
      ),
    },
    { title: 'Kỳ báo cáo', key: 'period', width: 190, render: (_: unknown, r) => periodText(r.periodFrom, r.periodTo) },
    {
      title: 'Hạn nộp',
      dataIndex: 'deadline',
      width: 170,
      render: (d: string, r) => (
        <Space orientation="vertical" size={2}>
          <span>{isoToVn(d)}</span>
          <DeadlineTag daysLeft={r.daysLeft} missing={r.required ? r.missing : undefined} />
        </Space>
      ),
    },
    {
      title: 'Đã nộp',
      key: 'received',
      width: 180,
      render: (_: unknown, r) => (
        <div>
          <b>{r.received}</b>/{r.required} đơn vị{r.late ? <span className="muted">, {r.late} trễ hạn</span> : null}
          <Progress percent={r.required ? Math.round((r.received / r.required) * 100) : 0} size="small" showInfo={false} />
        </div>
      ),
    },
    {
      title: 'Chưa nộp',
      dataIndex: 'missing',
      width: 100,
      align: 'right',
      render: (m: number, r) => <b style={{ color: m && r.daysLeft < 0 ? '#d92d20' : undefined }}>{m}</b>,
    },
    {
      title: '',
      key: 'actions',
      width: 180,
      render: (_: unknown, r) => (
        <Space size={0}>
          <Button type="link" onClick={() => open(r.id)}>
            Mở
          </Button>
          <Button type="link" onClick={() => edit(r)}>
            Sửa
          </Button>
          <Button
            type="link"
            danger
            disabled={r.received > 0}
            title={r.received > 0 ? 'Đợt đã nhận báo cáo, không xóa được' : undefined}
            onClick={() => remove(r)}
          >
            Xóa
          </Button>
        </Space>
      ),
    },
  ];
}

export function RoundsList({ open }: { open: (id: number) => void }) {
  const { message, modal } = App.useApp();
  const rounds = useRounds();
  const deleteRound = useApiMutation('reports.deleteRound');
  const [editing, setEditing] = useState<RoundSummary | 'new' | null>(null);
  useNewShortcut(() => setEditing('new'));

  const remove = (r: RoundSummary) =>
    modal.confirm({
      title: `Xóa đợt "${r.name}"?`,
      content: 'Chỉ xóa được đợt chưa nhận báo cáo nào (ví dụ đợt tạo nhầm). Việc xóa không hoàn tác được.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          await deleteRound.mutateAsync({ id: r.id });
          message.success(`Đã xóa đợt "${r.name}".`);
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <div className="page">
      <div className="page-header">
        <h1>Báo cáo từ cơ sở</h1>
        <HelpButton topic="gui-mau" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Tạo đợt báo cáo
        </Button>
      </div>
      <p className="reports-sub">
        Mỗi đợt báo cáo: gửi mẫu Excel cho các công đoàn cơ sở, nhận lại báo cáo qua USB hoặc thư mục, theo dõi đơn vị nào đã nộp, nộp trễ,
        chưa nộp.
      </p>
      {rounds.error && <p style={{ color: '#d92d20' }}>{errorMessage(rounds.error)}</p>}
      <Table<RoundSummary>
        rowKey="id"
        tableLayout="fixed"
        loading={rounds.isLoading}
        dataSource={rounds.data ?? []}
        pagination={{ pageSize: 30, hideOnSinglePage: true, showSizeChanger: false }}
        onRow={(r) => ({ onDoubleClick: () => open(r.id) })}
        locale={{
          emptyText: (
            <Empty
              description={`Chưa có đợt báo cáo nào. Bấm "Tạo đợt báo cáo" để bắt đầu, ví dụ "Kết quả Tháng Công nhân năm ${today().year()}".`}
            />
          ),
        }}
        columns={roundColumns({ open, edit: setEditing, remove })}
      />
      <RoundFormModal
        open={editing !== null}
        roundId={editing && editing !== 'new' ? editing.id : null}
        onClose={() => setEditing(null)}
        onSaved={(r, created) => {
          setEditing(null);
          message.success(created ? `Đã tạo đợt "${r.name}".` : `Đã lưu đợt "${r.name}".`);
          if (created) open(r.id);
        }}
      />
    </div>
  );
}
