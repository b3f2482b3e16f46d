import { Alert, App, Button, Card, Checkbox, Space, Table, type TableColumnsType } from 'antd';
import { DownloadOutlined, FileExcelOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { templateFileName } from '../../../../shared/reports/file-name';
import type { RoundDetail, StatusRow, TemplateWriteResult } from '../../../../shared/reports/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { ApiCallError, call, errorMessage } from '../../api/client';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { saveDownload } from '../../lib/files';
import { FolderInput } from './FolderInput';
import { StateTag } from './ui';
import { useRoundStatus } from './useReports';

/** The columns of the list of templates: unit, its file's name, whether it has reported, and its download. */
function templateColumns({
  roundCode,
  canDownload,
  busy,
  download,
}: {
  roundCode: string;
  canDownload: boolean;
  busy: 'folder' | 'zip' | number | null;
  download: (unitId: number) => void;
}): TableColumnsType<StatusRow> {
  return [
    { title: 'Mã', dataIndex: 'unitCode', width: 110 },
    { title: 'Công đoàn cơ sở', dataIndex: 'unitName' },
    {
      title: 'Tên tệp mẫu',
      key: 'file',
      width: '38%',
      render: (_: unknown, u) => <code style={{ wordBreak: 'break-all' }}>{templateFileName(roundCode, u.unitCode, u.unitName)}</code>,
    },
    {
      title: 'Tình trạng',
      key: 'state',
      width: 200,
      render: (_: unknown, u) => (
        <span>
          <StateTag state={u.state} />
          {u.firstReceivedOn && <span className="muted">{isoToVn(u.firstReceivedOn)}</span>}
        </span>
      ),
    },
    {
      title: '',
      key: 'dl',
      width: 120,
      render: (_: unknown, u) => (
        <Button type="link" disabled={!canDownload} loading={busy === u.unitId} onClick={() => download(u.unitId)}>
          Tải mẫu
        </Button>
      ),
    },
  ];
}

/** Templates out: one file per unit into a folder (a USB stick), or all of them as one .zip. */
/** What writing the templates to the folder did: how many written, and the files left alone and why. */
function WriteResult({ result }: { result: TemplateWriteResult }) {
  return (
    <Alert
      style={{ marginTop: 12 }}
      type={result.written.length ? 'success' : 'warning'}
      showIcon
      title={`Đã ghi ${result.written.length} tệp mẫu vào ${result.folder}.${result.skipped.length ? ` Bỏ qua ${result.skipped.length} tệp đã có sẵn.` : ''}`}
      description={
        result.skipped.length ? (
          <ul className="file-messages">
            {result.skipped.slice(0, 10).map((s) => (
              <li key={s.fileName}>
                {s.fileName}: {s.reason}
              </li>
            ))}
            {result.skipped.length > 10 && <li>… và {result.skipped.length - 10} tệp khác.</li>}
          </ul>
        ) : undefined
      }
    />
  );
}

/** "Tải về máy": every template in one .zip, or one unit's template from the list. */
function DownloadCard({
  round,
  rows,
  loading,
  canDownload,
  busy,
  download,
}: {
  round: RoundDetail;
  rows: StatusRow[] | undefined;
  loading: boolean;
  canDownload: boolean;
  busy: 'folder' | 'zip' | number | null;
  download: (what: 'zip' | number) => void;
}) {
  return (
    <Card
      size="small"
      title={
        <>
          <DownloadOutlined /> Tải về máy
        </>
      }
    >
      <Space wrap>
        <Button icon={<DownloadOutlined />} disabled={!canDownload} loading={busy === 'zip'} onClick={() => download('zip')}>
          Tải tất cả mẫu (.zip)
        </Button>
        <span className="muted">Một tệp nén chứa {round.required} tệp mẫu; giải nén rồi chép vào USB hoặc gửi qua thư điện tử.</span>
      </Space>
      <Table<StatusRow>
        style={{ marginTop: 12 }}
        size="small"
        tableLayout="fixed"
        rowKey="unitId"
        loading={loading}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={templateColumns({
          roundCode: round.code,
          canDownload,
          busy,
          download,
        })}
      />
    </Card>
  );
}

export function SendTab({ round }: { round: RoundDetail }) {
  const { message, modal } = App.useApp();
  const status = useRoundStatus(round.id);
  const [folder, setFolder] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState<'folder' | 'zip' | number | null>(null);
  const [result, setResult] = useState<TemplateWriteResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const count = round.required;
  const noIndicators = round.indicators.length === 0;
  const writing = useCallProgress();

  const write = async (createFolder = false) => {
    setBusy('folder');
    setError(null);
    setResult(null);
    try {
      setResult(await writing.run('reports.writeTemplates', { roundId: round.id, folder, overwrite, createFolder }));
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'NOT_FOUND' && e.fields?.folder) {
        // A folder not made yet (a new folder on the USB stick): ask before creating it.
        modal.confirm({
          title: 'Tạo thư mục mới?',
          content: `Chưa có thư mục "${folder}". Tạo thư mục này rồi ghi các tệp mẫu vào đó?`,
          okText: 'Tạo thư mục',
          cancelText: 'Không',
          onOk: () => write(true),
        });
      } else setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const download = async (what: 'zip' | number) => {
    setBusy(what);
    try {
      saveDownload(
        what === 'zip'
          ? await call('reports.templatesZip', { roundId: round.id })
          : await call('reports.unitTemplate', { roundId: round.id, unitId: what }),
      );
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      {noIndicators && (
        <Alert type="warning" showIcon title='Đợt này chưa có chỉ tiêu nào. Hãy thêm chỉ tiêu ở thẻ "Chỉ tiêu" trước khi gửi mẫu.' />
      )}
      <Card
        size="small"
        title={
          <>
            <FolderOpenOutlined /> Ghi mẫu vào thư mục hoặc USB
          </>
        }
      >
        <p className="muted" style={{ marginTop: 0 }}>
          Phần mềm ghi {count} tệp mẫu, mỗi đơn vị một tệp, tên dạng <code>{templateFileName(round.code, 'CD001', 'Tên đơn vị')}</code>. Mỗi
          tệp đã ghi sẵn tên, mã đơn vị và đợt báo cáo, có hướng dẫn điền; đơn vị chỉ điền vào các ô nền vàng.
        </p>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <FolderInput
            value={folder}
            onChange={setFolder}
            ariaLabel="Thư mục ghi mẫu"
            placeholder="Chọn USB trong danh sách hoặc ghi đường dẫn, ví dụ E:\ hoặc C:\Users\Ten\Desktop\MauBaoCao"
          />
          <Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)}>
            Ghi đè tệp cùng tên đã có trong thư mục (không nên, nếu trong đó có thể có báo cáo đơn vị đã điền)
          </Checkbox>
          <Button
            type="primary"
            icon={<FileExcelOutlined />}
            disabled={!folder.trim() || noIndicators || !count}
            loading={busy === 'folder'}
            onClick={() => void write()}
          >
            Ghi {count} tệp mẫu vào thư mục
          </Button>
        </Space>
        {/* Files are written to the USB one by one from the start: no cancel button. */}
        <CallProgress progress={writing.progress} />
        {error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} />}
        {result && <WriteResult result={result} />}
      </Card>
      <DownloadCard
        round={round}
        rows={status.data?.rows}
        loading={status.isLoading}
        canDownload={!noIndicators && !!count}
        busy={busy}
        download={(what) => void download(what)}
      />
    </div>
  );
}
