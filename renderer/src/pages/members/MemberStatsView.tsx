import { App, Button, DatePicker, Segmented, Select, Space, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { StatsCounts, UnitStatsRow } from '../../../../shared/members/stats-schema';
import { isoToVn } from '../../../../shared/text/dates';
import { call, errorMessage } from '../../api/client';
import { useApi } from '../../api/hooks';
import { saveDownload } from '../../lib/files';
import { DATE_FORMAT } from '../../lib/forms';
import { useSectors } from '../units/useUnits';
import { AreaFilterSelect, type AreaFilterValue } from '../units/AreaSelect';
import { AreaStatsTable } from './AreaStatsTable';

const COUNT_COLUMNS: { key: keyof StatsCounts; title: string }[] = [
  { key: 'members', title: 'Tổng số đoàn viên' },
  { key: 'women', title: 'Nữ' },
  { key: 'ethnicMinorities', title: 'Dân tộc thiểu số' },
  { key: 'partyMembers', title: 'Đảng viên' },
  { key: 'admitted', title: 'Kết nạp trong kỳ' },
  { key: 'transferredIn', title: 'Chuyển đến' },
  { key: 'transferredOut', title: 'Chuyển đi' },
  { key: 'left', title: 'Thôi sinh hoạt' },
];

/** Counts as of a date (default the next 31/5 or 30/11), per unit and in total, derived from events. */
export function MemberStatsView() {
  const { message } = App.useApp();
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [periodFrom, setPeriodFrom] = useState<Dayjs | null>(null);
  const [sectorId, setSectorId] = useState<number | null>(null);
  const sectors = useSectors();
  const [areaId, setAreaId] = useState<AreaFilterValue>(null);
  const [view, setView] = useState<'unit' | 'area'>('unit');
  const input = { asOf: asOf?.format('YYYY-MM-DD') ?? '', periodFrom: periodFrom?.format('YYYY-MM-DD') ?? '', sectorId, areaId };
  const q = useApi('members.stats', input, { placeholderData: (p) => p });
  const d = q.data;

  const exportXlsx = async () => {
    try {
      saveDownload(await call('members.statsExport', input));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>Số liệu tính đến ngày</span>
        <DatePicker
          aria-label="Ngày chốt số liệu"
          format={DATE_FORMAT}
          value={asOf ?? (d ? dayjs(d.asOf) : null)}
          onChange={setAsOf}
          allowClear={false}
          presets={(d?.reportingDates ?? []).map((r) => ({ label: `Ngày ${isoToVn(r)}`, value: dayjs(r) }))}
        />
        <span>kỳ từ ngày</span>
        <DatePicker
          aria-label="Ngày đầu kỳ"
          format={DATE_FORMAT}
          value={periodFrom ?? (d ? dayjs(d.periodFrom) : null)}
          onChange={setPeriodFrom}
          allowClear={false}
        />
        <Select
          allowClear
          placeholder="Tất cả các khối"
          style={{ width: 240 }}
          value={sectorId ?? undefined}
          onChange={(v) => setSectorId(v ?? null)}
          options={(sectors.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <AreaFilterSelect value={areaId} onChange={setAreaId} />
        <Segmented
          aria-label="Cách xem số liệu"
          value={view}
          onChange={(v) => setView(v as 'unit' | 'area')}
          options={[
            { value: 'unit', label: 'Theo đơn vị' },
            { value: 'area', label: 'Theo xã/phường' },
          ]}
        />
        <Button icon={<DownloadOutlined />} onClick={exportXlsx} disabled={!d}>
          Xuất Excel
        </Button>
      </Space>
      {q.error && <p style={{ color: '#d92d20' }}>{errorMessage(q.error)}</p>}
      {view === 'area' && d && <AreaStatsTable rows={d.byArea} total={d.total} columns={COUNT_COLUMNS} loading={q.isFetching} />}
      <Table<UnitStatsRow>
        style={view === 'area' ? { display: 'none' } : undefined}
        size="small"
        rowKey="unitId"
        loading={q.isFetching}
        dataSource={d?.rows ?? []}
        pagination={false}
        scroll={{ y: 'calc(100vh - 380px)' }}
        locale={{ emptyText: 'Chưa có công đoàn cơ sở nào.' }}
        columns={[
          { title: 'TT', key: 'tt', width: 52, render: (_: unknown, __: UnitStatsRow, i: number) => i + 1 },
          { title: 'Công đoàn cơ sở', dataIndex: 'unitName' },
          ...COUNT_COLUMNS.map((c) => ({ title: c.title, dataIndex: c.key, width: 104, align: 'right' as const })),
        ]}
        summary={() =>
          d ? (
            <Table.Summary fixed>
              <Table.Summary.Row style={{ fontWeight: 700 }}>
                <Table.Summary.Cell index={0} colSpan={2}>
                  Tổng cộng
                </Table.Summary.Cell>
                {COUNT_COLUMNS.map((c, i) => (
                  <Table.Summary.Cell key={c.key} index={i + 2} align="right">
                    {d.total[c.key]}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
      {d && d.internalTransfers > 0 && (
        <p className="muted" style={{ marginTop: 8 }}>
          Có {d.internalTransfers} lượt chuyển sinh hoạt giữa các công đoàn cơ sở trực thuộc trong kỳ (đã tính ở từng đơn vị, không tính vào
          dòng tổng).
        </p>
      )}
    </div>
  );
}
