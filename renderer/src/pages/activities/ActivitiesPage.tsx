import { Button, DatePicker, Input, Segmented, Select, Space, Table, Tag } from 'antd';
import { CalendarOutlined, PlusOutlined, SettingOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useDeferredValue, useEffect, useState } from 'react';
import type { ActivitySummary } from '../../../../shared/activities/schema';
import { shortName } from '../../../../shared/documents/office-text';
import { isoToVn } from '../../../../shared/text/dates';
import { useApi, useSettings } from '../../api/hooks';
import { useHashRoute, type HashRoute } from '../../app/useHashRoute';
import { DATE_FORMAT, dayjsToIso } from '../../lib/forms';
import { foldedFilter } from '../../lib/select';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityFormModal } from './ActivityFormModal';
import { ActivityTypesModal } from './ActivityTypesModal';
import { count, money } from './money';
import { useActivityList, useActivityTypes, useRoundOptions } from './useActivities';
import './activities.css';
import { today } from '../../lib/clock';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';
import { useUnitLabels } from '../units/useUnitLabels';

type View = 'list' | 'calendar';

/** '#/hoat-dong?xem=lich' opens the calendar. */
const viewFromHash = ({ query }: HashRoute): View => (query.get('xem') === 'lich' ? 'calendar' : 'list');

/** "Hoạt động": the activity log of the office and its grassroots units, as a list or a calendar. */
export function ActivitiesPage() {
  const askedView = useHashRoute(viewFromHash);
  const [view, setView] = useState<View>(askedView);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [typeId, setTypeId] = useState<number | null>(null);
  const [organiser, setOrganiser] = useState<'office' | number | null>(null);
  const [roundId, setRoundId] = useState<number | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [month, setMonth] = useState<Dayjs>(today());
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const [newDate, setNewDate] = useState<string | undefined>();
  const [typesOpen, setTypesOpen] = useState(false);
  const types = useActivityTypes();
  const { options: roundOptions } = useRoundOptions();
  const settings = useSettings();
  const units = useApi('units.list', { includeDissolved: true });
  const officeName = settings.data?.settings ? shortName(settings.data.settings.issuingBody) : 'Văn phòng';
  const PAGE = 50;

  const filter = { query: deferred, typeId, organiser, roundId };
  const list = useActivityList(
    { ...filter, from: dayjsToIso(range?.[0]) ?? '', to: dayjsToIso(range?.[1]) ?? '', offset: (page - 1) * PAGE, limit: PAGE },
    view === 'list',
  );
  useEffect(() => setPage(1), [deferred, typeId, organiser, roundId, range]);
  const unitLabels = useUnitLabels();

  useNewShortcut(() => {
    setNewDate(undefined);
    setEditing('new');
  });

  const organiserOptions = [
    { value: 'office', label: `${officeName} (văn phòng)` },
    ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` })),
  ];
  const sums = list.data?.sums;

  return (
    <div className="page">
      <div className="page-header">
        <h1>Hoạt động</h1>
        <HelpButton topic="hoat-dong" />
        <Space wrap>
          <Button icon={<SettingOutlined />} onClick={() => setTypesOpen(true)}>
            Loại hoạt động
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setNewDate(undefined);
              setEditing('new');
            }}
          >
            Ghi hoạt động
          </Button>
        </Space>
      </div>
      <div className="toolbar">
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: 'list', label: 'Danh sách', icon: <UnorderedListOutlined /> },
            { value: 'calendar', label: 'Lịch', icon: <CalendarOutlined /> },
          ]}
        />
        <Input.Search
          allowClear
          placeholder="Tìm theo tên hoạt động, địa điểm, đơn vị"
          aria-label="Tìm hoạt động"
          style={{ width: 280 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder="Mọi loại hoạt động"
          aria-label="Lọc theo loại"
          value={typeId}
          onChange={(v) => setTypeId(v ?? null)}
          options={(types.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        />
        <Select
          allowClear
          style={{ width: 260 }}
          placeholder="Mọi đơn vị tổ chức"
          aria-label="Lọc theo đơn vị tổ chức"
          showSearch={{ filterOption: foldedFilter }}
          value={organiser}
          onChange={(v) => setOrganiser(v ?? null)}
          options={organiserOptions}
        />
        <Select
          allowClear
          style={{ width: 260 }}
          placeholder="Mọi đợt báo cáo"
          aria-label="Lọc theo đợt báo cáo"
          value={roundId}
          onChange={(v) => setRoundId(v ?? null)}
          options={roundOptions}
        />
        {view === 'list' && (
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            placeholder={['Từ ngày', 'Đến ngày']}
            value={range}
            onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)}
            allowEmpty={[true, true]}
          />
        )}
      </div>
      {view === 'list' ? (
        <>
          <Table<ActivitySummary>
            className="activity-table"
            rowKey="id"
            size="middle"
            loading={list.isFetching && !list.data}
            dataSource={list.data?.items ?? []}
            onRow={(a) => ({ onClick: () => setEditing(a.id), style: { cursor: 'pointer' } })}
            locale={{
              emptyText:
                list.data?.total === 0 && !deferred && !typeId && !organiser && !roundId && !range
                  ? 'Chưa ghi hoạt động nào. Bấm "Ghi hoạt động" để bắt đầu.'
                  : 'Không có hoạt động nào khớp bộ lọc.',
            }}
            pagination={{
              current: page,
              pageSize: PAGE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              onChange: setPage,
              showTotal: (t) => `${count(t)} hoạt động`,
            }}
            columns={[
              {
                title: 'Ngày',
                width: 112,
                render: (_v, a) => (a.endDate && a.endDate !== a.date ? `${isoToVn(a.date)} – ${isoToVn(a.endDate)}` : isoToVn(a.date)),
              },
              {
                title: 'Hoạt động',
                render: (_v, a) => (
                  <div>
                    <b>{a.title}</b>
                    <div className="muted" style={{ fontSize: 13 }}>
                      {a.typeName}
                      {a.place && ` · ${a.place}`}
                    </div>
                  </div>
                ),
              },
              {
                title: 'Đơn vị tổ chức',
                width: 210,
                render: (_v, a) =>
                  a.unitId === null ? (
                    <Tag color="blue">{officeName}</Tag>
                  ) : (
                    <span title={a.unitName ?? undefined}>{unitLabels.get(a.unitId) ?? a.unitName}</span>
                  ),
              },
              { title: 'Tham gia', width: 84, align: 'right', render: (_v, a) => (a.participants ? count(a.participants) : '') },
              {
                title: 'Được hỗ trợ',
                width: 116,
                align: 'right',
                render: (_v, a) => (a.memberCount + a.otherBeneficiaries ? count(a.memberCount + a.otherBeneficiaries) : ''),
              },
              { title: 'Kinh phí', width: 130, align: 'right', render: (_v, a) => (a.moneyTotal ? money(a.moneyTotal) : '') },
              { title: 'Đợt báo cáo', width: 170, render: (_v, a) => a.roundName ?? <span className="muted">Không tính</span> },
            ]}
            summary={() =>
              sums && list.data && list.data.total > 0 ? (
                <Table.Summary.Row className="activity-sum">
                  <Table.Summary.Cell index={0} colSpan={3}>
                    Cộng {count(list.data.total)} hoạt động theo bộ lọc
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {count(sums.participants)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    {count(sums.beneficiaries)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    {money(sums.money)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} />
                </Table.Summary.Row>
              ) : null
            }
          />
        </>
      ) : (
        <ActivityCalendar
          month={month}
          onMonth={setMonth}
          filter={filter}
          onOpen={(id) => setEditing(id)}
          onNew={(date) => {
            setNewDate(date);
            setEditing('new');
          }}
        />
      )}
      <ActivityFormModal open={editing} defaults={{ date: newDate }} onClose={() => setEditing(null)} />
      <ActivityTypesModal open={typesOpen} onClose={() => setTypesOpen(false)} />
    </div>
  );
}
