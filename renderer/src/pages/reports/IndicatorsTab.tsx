import { Alert, App, Button, Dropdown, Space, Table } from 'antd';
import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import type { DefaultIndicator, RoundDetail } from '../../../../shared/reports/schema';
import { indicatorCopy } from '../../../../shared/reports/schema';
import { call, errorMessage } from '../../api/client';
import type { EditedIndicator as Row } from './indicator-edits';
import { indicatorColumns } from './IndicatorColumns';
import { useIndicatorTable } from './useIndicatorTable';
import { useRounds } from './useReports';

/** The indicator set of a round as an editable table; saved as a whole. */
export function IndicatorsTab({ round }: { round: RoundDetail }) {
  const { message, modal } = App.useApp();
  const rounds = useRounds();
  const table = useIndicatorTable(round);
  const { rows, dirty } = table;

  /** Replaces the set (after a confirmation when there is one already). */
  const replaceWith = (list: DefaultIndicator[], what: string) => {
    const apply = () => table.replace(list);
    if (!rows.length) return apply();
    modal.confirm({
      title: `Thay bộ chỉ tiêu hiện tại bằng ${what}?`,
      content:
        'Các chỉ tiêu đang có sẽ được thay hết (chưa lưu cho đến khi bấm "Lưu bộ chỉ tiêu"). Chỉ tiêu đã có đơn vị báo cáo số liệu thì không bỏ được.',
      okText: 'Thay',
      cancelText: 'Không',
      onOk: apply,
    });
  };

  const useDefault = async () => {
    try {
      replaceWith(await call('reports.defaultIndicators', {}), 'bộ chỉ tiêu mặc định Tháng Công nhân');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const copyFrom = async (id: number) => {
    try {
      const r = await call('reports.getRound', { id });
      replaceWith(r.indicators.map(indicatorCopy), `bộ chỉ tiêu của đợt "${r.name}"`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const save = async () => {
    const saved = await table.save();
    if (saved !== null) message.success(`Đã lưu ${saved} chỉ tiêu.`);
  };

  return (
    <div>
      <div className="toolbar">
        <Button icon={<PlusOutlined />} onClick={table.add}>
          Thêm chỉ tiêu
        </Button>
        <Button onClick={useDefault}>Dùng bộ chỉ tiêu mặc định Tháng Công nhân</Button>
        <Dropdown
          trigger={['click']}
          disabled={!(rounds.data ?? []).some((r) => r.id !== round.id)}
          menu={{
            items: (rounds.data ?? [])
              .filter((r) => r.id !== round.id)
              .map((r) => ({ key: String(r.id), label: `${r.name} (${r.indicatorCount} chỉ tiêu)`, onClick: () => void copyFrom(r.id) })),
          }}
        >
          <Button icon={<CopyOutlined />}>Sao chép từ đợt trước</Button>
        </Dropdown>
        <Space style={{ marginLeft: 'auto' }}>
          {dirty && <Button onClick={table.reset}>Hủy thay đổi</Button>}
          <Button type="primary" disabled={!dirty} loading={table.saving} onClick={save}>
            Lưu bộ chỉ tiêu
          </Button>
        </Space>
      </div>
      {dirty && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title='Có thay đổi chưa lưu. Nếu đã gửi mẫu cho đơn vị, sau khi lưu hãy gửi lại mẫu (thẻ "Gửi mẫu") để đơn vị có chỉ tiêu mới.'
        />
      )}
      {table.formError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={table.formError} />}
      <Table<Row>
        className="indicator-table"
        tableLayout="fixed"
        rowKey="key"
        size="small"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: 'Chưa có chỉ tiêu nào. Bấm "Thêm chỉ tiêu" hoặc "Dùng bộ chỉ tiêu mặc định Tháng Công nhân".' }}
        columns={indicatorColumns(table)}
      />
    </div>
  );
}
