import { Alert, App, AutoComplete, Button, Checkbox, Dropdown, Input, InputNumber, Select, Space, Table, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { IndicatorKind } from '../../../../shared/reports/parse-number';
import { KIND_LABELS } from '../../../../shared/reports/parse-number';
import type { DefaultIndicator, RoundDetail } from '../../../../shared/reports/schema';
import { indicatorCopy } from '../../../../shared/reports/schema';
import { call, errorMessage } from '../../api/client';
import type { IndicatorRow as Row } from './indicator-rows';
import { useIndicatorTable } from './useIndicatorTable';
import { useRounds } from './useReports';

const UNITS = ['hoạt động', 'người', 'lượt người', 'suất', 'đồng', '%', 'cuộc', 'buổi', 'nhà', 'bản', 'kiến nghị', 'CĐCS', 'đơn vị'];

/** The indicator set of a round as an editable table; saved as a whole. */
export function IndicatorsTab({ round }: { round: RoundDetail }) {
  const { message, modal } = App.useApp();
  const rounds = useRounds();
  const table = useIndicatorTable(round);
  const { rows, dirty, groups, update, move } = table;

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

  const err = table.error;
  const status = (i: number, field: string) => (err(i, field) ? 'error' : undefined);
  const help = (i: number, field: string) => err(i, field) && <div style={{ color: '#d92d20', fontSize: 12 }}>{err(i, field)}</div>;

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
        columns={[
          {
            title: 'Mã',
            key: 'code',
            width: 84,
            render: (_: unknown, r, i) => (
              <>
                <Input
                  aria-label={`Mã chỉ tiêu dòng ${i + 1}`}
                  value={r.code}
                  status={status(i, 'code')}
                  maxLength={20}
                  onChange={(e) => update(r.key, { code: e.target.value })}
                />
                {help(i, 'code')}
              </>
            ),
          },
          {
            title: 'Nhóm',
            key: 'group',
            width: 150,
            render: (_: unknown, r, i) => (
              <AutoComplete
                aria-label={`Nhóm chỉ tiêu dòng ${i + 1}`}
                value={r.group ?? ''}
                options={groups.map((g) => ({ value: g }))}
                onChange={(v) => update(r.key, { group: String(v ?? '') || null })}
                style={{ width: '100%' }}
                status={status(i, 'group')}
              />
            ),
          },
          {
            title: 'Nội dung chỉ tiêu',
            key: 'label',
            render: (_: unknown, r, i) => (
              <>
                <Input.TextArea
                  aria-label={`Nội dung chỉ tiêu dòng ${i + 1}`}
                  value={r.label}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  status={status(i, 'label')}
                  maxLength={500}
                  onChange={(e) => update(r.key, { label: e.target.value })}
                />
                {help(i, 'label')}
              </>
            ),
          },
          {
            title: 'Đơn vị tính',
            key: 'unit',
            width: 110,
            render: (_: unknown, r, i) => (
              <AutoComplete
                aria-label={`Đơn vị tính dòng ${i + 1}`}
                value={r.unit ?? ''}
                options={UNITS.map((u) => ({ value: u }))}
                onChange={(v) => update(r.key, { unit: String(v ?? '') || null })}
                style={{ width: '100%' }}
              />
            ),
          },
          {
            title: 'Kiểu số liệu',
            key: 'kind',
            width: 156,
            render: (_: unknown, r, i) => (
              <>
                <Select
                  aria-label={`Kiểu số liệu dòng ${i + 1}`}
                  value={r.kind}
                  style={{ width: '100%' }}
                  status={status(i, 'kind')}
                  options={(Object.keys(KIND_LABELS) as IndicatorKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
                  onChange={(k) => update(r.key, { kind: k })}
                />
                {help(i, 'kind')}
              </>
            ),
          },
          {
            title: 'Chỉ tiêu giao',
            key: 'target',
            width: 100,
            render: (_: unknown, r, i) => (
              <>
                <InputNumber
                  aria-label={`Chỉ tiêu giao dòng ${i + 1}`}
                  value={r.target}
                  min={0}
                  disabled={r.kind === 'text'}
                  style={{ width: '100%' }}
                  status={status(i, 'target')}
                  placeholder={r.kind === 'text' ? '' : 'không có'}
                  onChange={(v) => update(r.key, { target: typeof v === 'number' ? v : null })}
                />
                {help(i, 'target')}
              </>
            ),
          },
          {
            title: (
              <Tooltip title='Báo cáo không có số liệu của chỉ tiêu bắt buộc vẫn được nhận, nhưng đơn vị nằm trong danh sách "Thiếu số liệu" để nhắc bổ sung.'>
                Bắt buộc
              </Tooltip>
            ),
            key: 'required',
            width: 72,
            align: 'center',
            render: (_: unknown, r, i) => (
              <Checkbox
                aria-label={`Chỉ tiêu bắt buộc dòng ${i + 1}`}
                checked={r.required}
                onChange={(e) => update(r.key, { required: e.target.checked })}
              />
            ),
          },
          {
            title: '',
            key: 'actions',
            width: 96,
            render: (_: unknown, r, i) => (
              <Space size={0}>
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowUpOutlined />}
                  disabled={i === 0}
                  aria-label="Chuyển lên"
                  onClick={() => move(i, -1)}
                />
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowDownOutlined />}
                  disabled={i === rows.length - 1}
                  aria-label="Chuyển xuống"
                  onClick={() => move(i, 1)}
                />
                <Tooltip title={r.hasValues ? 'Đã có đơn vị báo cáo số liệu cho chỉ tiêu này, không xóa được.' : 'Xóa chỉ tiêu'}>
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    disabled={r.hasValues}
                    aria-label={`Xóa chỉ tiêu ${r.code}`}
                    onClick={() => table.remove(r.key)}
                  />
                </Tooltip>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
