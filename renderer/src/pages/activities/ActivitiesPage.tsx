import { Button, Space } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { shortName } from '../../../../shared/documents/office-text';
import { useSettings } from '../../api/hooks';
import { useHashRoute, type HashRoute } from '../../app/useHashRoute';
import { dayjsToIso } from '../../lib/forms';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityFilters, useActivityFilters, type View } from './ActivityFilters';
import { ActivityFormModal } from './ActivityFormModal';
import { ActivityTable } from './ActivityTable';
import { ActivityTypesModal } from './ActivityTypesModal';
import { useActivityList } from './useActivities';
import './activities.css';
import { today } from '../../lib/clock';
import { useNewShortcut } from '../../lib/useNewShortcut';
import { HelpButton } from '../../components/HelpButton';

/** '#/hoat-dong?xem=lich' opens the calendar. */
const viewFromHash = ({ query }: HashRoute): View => (query.get('xem') === 'lich' ? 'calendar' : 'list');

const PAGE = 50;

/** "Hoạt động": the activity log of the office and its grassroots units, as a list or a calendar. */
export function ActivitiesPage() {
  const askedView = useHashRoute(viewFromHash);
  const [view, setView] = useState<View>(askedView);
  const filters = useActivityFilters();
  const { deferred, typeId, organiser, roundId, range } = filters;
  const [page, setPage] = useState(1);
  const [month, setMonth] = useState<Dayjs>(today());
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const [newDate, setNewDate] = useState<string | undefined>();
  const [typesOpen, setTypesOpen] = useState(false);
  const settings = useSettings();
  const officeName = settings.data?.settings ? shortName(settings.data.settings.issuingBody) : 'Văn phòng';

  const filter = { query: deferred, typeId, organiser, roundId };
  const list = useActivityList(
    { ...filter, from: dayjsToIso(range?.[0]) ?? '', to: dayjsToIso(range?.[1]) ?? '', offset: (page - 1) * PAGE, limit: PAGE },
    view === 'list',
  );
  useEffect(() => setPage(1), [deferred, typeId, organiser, roundId, range]);

  useNewShortcut(() => {
    setNewDate(undefined);
    setEditing('new');
  });

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
      <ActivityFilters view={view} onView={setView} filters={filters} officeName={officeName} />
      {view === 'list' ? (
        <ActivityTable
          list={list}
          page={page}
          pageSize={PAGE}
          onPage={setPage}
          filtered={!!deferred || !!typeId || !!organiser || !!roundId || !!range}
          officeName={officeName}
          onOpen={(id) => setEditing(id)}
        />
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
