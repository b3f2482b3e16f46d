import { Alert, App, Button, Card, Checkbox, DatePicker, Select, Space, Table, Tag } from 'antd';
import { FileAddOutlined, FolderOpenOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useRef, useState, type InputHTMLAttributes } from 'react';
import type { ProgressEvent } from '../../../../shared/api/progress';
import type { ImportFileStatus, ImportPreview, ImportPreviewFile, ImportResult, RoundDetail } from '../../../../shared/reports/schema';
import { IMPORT_STATUS_LABELS, MAX_FILE_BYTES } from '../../../../shared/reports/schema';
import { call, errorMessage } from '../../api/client';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { DATE_FORMAT, dayjsToIso } from '../../lib/forms';
import { fileToBase64 } from '../../lib/files';
import { FolderInput } from './FolderInput';
import { ImportStatusTag } from './ui';
import { today } from '../../lib/clock';

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;
/** Keep each upload request well under the server's 80 MB body limit (base64 adds a third). */
const CHUNK_BYTES = 30 * 1024 * 1024;
/** A report template is a few dozen KB: bigger than this is not one (the server refuses the same). */
const ORDER: ImportFileStatus[] = ['new', 'replace', 'blank', 'duplicate', 'skip', 'error'];
const COUNT_COLORS: Record<ImportFileStatus, string> = {
  new: 'green',
  replace: 'blue',
  blank: 'orange',
  duplicate: 'default',
  skip: 'default',
  error: 'red',
};

function resultText(r: ImportResult): string {
  const parts = [`Đã nhập ${r.created} báo cáo mới`];
  if (r.replaced) parts.push(`thay thế ${r.replaced} báo cáo (bản cũ vẫn lưu trong lịch sử)`);
  if (r.duplicates) parts.push(`${r.duplicates} tệp đã nhập rồi nên không thay đổi gì`);
  if (r.skipped) parts.push(`không nhập ${r.skipped} tệp (mẫu còn trống, bản cũ hơn hoặc bỏ chọn)`);
  if (r.errors) parts.push(`${r.errors} tệp lỗi không được nhập`);
  return `${parts.join(', ')}.`;
}

/** Reports in: point at a folder / USB or pick files → preview, one row per file → confirm. */
export function ReceiveTab({ round, showStatus }: { round: RoundDetail; showStatus: () => void }) {
  const { message } = App.useApp();
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState<'scan' | 'upload' | 'commit' | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const scanning = useCallProgress();
  const saving = useCallProgress();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [receivedOn, setReceivedOn] = useState<Dayjs | null>(today());
  /** The clerk's ticks that differ from what the preview proposed, by file key. */
  const [choices, setChoices] = useState<Record<number, boolean>>({});
  /** Files whose figures the clerk said are those of the unit their name gives, not their template's. */
  const [forNamed, setForNamed] = useState<Record<number, boolean>>({});
  /** Files received another day than the batch (a late USB stick, a paper report typed later). */
  const [fileDates, setFileDates] = useState<Record<number, Dayjs>>({});
  const dirInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);

  const start = () => {
    if (preview) void call('reports.discardImport', { batchId: preview.batchId }).catch(() => undefined);
    setPreview(null);
    setError(null);
    setDone(null);
    setChoices({});
    setForNamed({});
    setFileDates({});
  };

  const choiceList = (c: Record<number, boolean>, named = forNamed) =>
    Object.entries(c).map(([key, include]) => ({ key: Number(key), include, forNamedUnit: named[Number(key)] ?? false }));

  /** Ticks or unticks a file: the preview is resolved again (which file of a unit wins, blank files taken after all). */
  const tick = async (f: ImportPreviewFile, include: boolean, named = forNamed) => {
    if (!preview) return;
    const next = { ...choices, [f.key]: include };
    setChoices(next);
    try {
      setPreview(await call('reports.previewChoices', { batchId: preview.batchId, choices: choiceList(next, named) }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  /** The clerk says whose figures a file holds (its template's unit, or the unit its name gives), and takes it. */
  const chooseUnit = (f: ImportPreviewFile, named: boolean) => {
    const next = { ...forNamed, [f.key]: named };
    setForNamed(next);
    void tick(f, true, next);
  };

  const scan = async () => {
    start();
    setBusy('scan');
    try {
      setPreview(await scanning.run('reports.scanFolder', { roundId: round.id, folder }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const upload = async (list: FileList | null) => {
    const files = [...(list ?? [])].filter((f) => SPREADSHEET.test(f.name) && !f.name.startsWith('~$') && !f.name.startsWith('.~lock'));
    if (!files.length) {
      setError('Không có tệp Excel (.xlsx) nào trong những gì vừa chọn. Hãy chọn đúng thư mục hoặc tệp báo cáo.');
      return;
    }
    start();
    setBusy('upload');
    try {
      let batchId: string | undefined;
      let chunk: { fileName: string; dataBase64: string; size?: number }[] = [];
      let size = 0;
      let sent = 0;
      let last: ImportPreview | null = null;
      const sending = (done: number) => ({ callId: '', phase: 'Đang gửi và đọc các tệp', done, total: files.length, cancellable: false });
      setProgress(sending(0));
      const flush = async () => {
        if (!chunk.length) return;
        last = await call('reports.previewUpload', { roundId: round.id, files: chunk, ...(batchId ? { batchId } : {}) });
        batchId = last.batchId;
        sent += chunk.length;
        setProgress(sending(sent));
        chunk = [];
        size = 0;
      };
      for (const f of files) {
        const fileName = f.webkitRelativePath || f.name;
        // An empty or oversized file gets its own line in the preview, without its content.
        if (f.size === 0 || f.size > MAX_FILE_BYTES) {
          chunk.push({ fileName, dataBase64: '', size: f.size });
          continue;
        }
        if (size + f.size > CHUNK_BYTES) await flush();
        chunk.push({ fileName, dataBase64: await fileToBase64(f) });
        size += f.size;
      }
      await flush();
      setPreview(last);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
      setProgress(null);
      if (dirInput.current) dirInput.current.value = '';
      if (filesInput.current) filesInput.current.value = '';
    }
  };

  const toSave = preview ? preview.counts.new + preview.counts.replace : 0;
  const commit = async () => {
    if (!preview) return;
    setBusy('commit');
    try {
      const input = {
        batchId: preview.batchId,
        receivedOn: dayjsToIso(receivedOn),
        choices: choiceList(choices),
        fileDates: Object.entries(fileDates).map(([key, d]) => ({ key: Number(key), receivedOn: dayjsToIso(d)! })),
      };
      const r = await saving.run('reports.commitImport', input, { refresh: true });
      setPreview(null);
      setDone(r);
      message.success(resultText(r));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const dirProps = { webkitdirectory: '', directory: '' } as unknown as InputHTMLAttributes<HTMLInputElement>;

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Card
        size="small"
        title={
          <span>
            <FolderOpenOutlined /> Đọc báo cáo từ thư mục hoặc USB
          </span>
        }
      >
        <p className="muted" style={{ marginTop: 0 }}>
          Phần mềm tìm mọi tệp Excel trong thư mục (kể cả thư mục con), nhận ra đơn vị và đợt báo cáo nhờ thông tin ẩn trong mẫu (đổi tên
          tệp vẫn nhận được), rồi cho xem trước. Chưa có gì được lưu cho đến khi bạn bấm "Nhập".
        </p>
        <Space.Compact style={{ width: '100%', maxWidth: 800 }}>
          <FolderInput
            value={folder}
            onChange={setFolder}
            ariaLabel="Thư mục chứa báo cáo"
            placeholder="Chọn USB trong danh sách hoặc ghi đường dẫn, ví dụ E:\BaoCao"
          />
          <Button type="primary" icon={<SearchOutlined />} disabled={!folder.trim() || !!busy} loading={busy === 'scan'} onClick={scan}>
            Đọc thư mục
          </Button>
        </Space.Compact>
        <div style={{ marginTop: 12 }}>
          <Space wrap>
            <span className="muted">Hoặc chọn từ máy:</span>
            <Button icon={<FolderOpenOutlined />} disabled={!!busy} loading={busy === 'upload'} onClick={() => dirInput.current?.click()}>
              Chọn thư mục…
            </Button>
            <Button icon={<FileAddOutlined />} disabled={!!busy} onClick={() => filesInput.current?.click()}>
              Chọn tệp…
            </Button>
          </Space>
          {/* Reading a folder changes nothing until "Lưu": it can always be cancelled. */}
          <CallProgress progress={scanning.progress} onCancel={scanning.cancel} />
          <CallProgress progress={progress} />
          <input
            ref={dirInput}
            type="file"
            multiple
            hidden
            data-testid="chon-thu-muc"
            onChange={(e) => void upload(e.target.files)}
            {...dirProps}
          />
          <input
            ref={filesInput}
            type="file"
            multiple
            hidden
            accept=".xlsx,.xlsm,.xls,.ods"
            data-testid="chon-tep"
            onChange={(e) => void upload(e.target.files)}
          />
        </div>
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      {done && (
        <Alert
          type="success"
          showIcon
          title={resultText(done)}
          action={
            <Button size="small" onClick={showStatus}>
              Xem tình hình nộp
            </Button>
          }
        />
      )}
      {preview && (
        <Card
          size="small"
          title={`Xem trước: ${preview.files.length} tệp${preview.folder ? ` trong ${preview.folder}` : ''}`}
          extra={
            <Space wrap>
              <span>Ngày nhận:</span>
              <DatePicker
                aria-label="Ngày nhận báo cáo"
                value={receivedOn}
                onChange={setReceivedOn}
                format={DATE_FORMAT}
                allowClear={false}
                disabledDate={(d) => d.isAfter(today(), 'day')}
              />
              <Button onClick={start}>Hủy</Button>
              <Button type="primary" disabled={!toSave} loading={busy === 'commit'} onClick={commit}>
                Nhập {toSave} báo cáo
              </Button>
            </Space>
          }
        >
          {/* Cancelling while the copies are written removes them; once the figures are written it is too late. */}
          <CallProgress progress={saving.progress} onCancel={saving.cancel} />
          <Space wrap style={{ marginBottom: 8 }}>
            {ORDER.filter((s) => preview.counts[s]).map((s) => (
              <Tag key={s} color={COUNT_COLORS[s]}>
                {IMPORT_STATUS_LABELS[s]}: {preview.counts[s]}
              </Tag>
            ))}
            {!toSave && <span className="muted">Không có báo cáo mới nào để nhập.</span>}
          </Space>
          <Table<ImportPreviewFile>
            size="small"
            rowKey="key"
            tableLayout="fixed"
            dataSource={preview.files}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              {
                title: 'Nhập',
                key: 'include',
                width: 56,
                render: (_: unknown, f) => (
                  <Checkbox
                    aria-label={`Nhập tệp ${f.fileName}`}
                    checked={choices[f.key] ?? f.included}
                    disabled={!f.choosable || busy !== null}
                    onChange={(e) => void tick(f, e.target.checked)}
                  />
                ),
              },
              {
                title: 'Tệp',
                dataIndex: 'fileName',
                width: 170,
                render: (n: string) => <span style={{ wordBreak: 'break-all' }}>{n}</span>,
              },
              {
                title: 'Đơn vị',
                key: 'unit',
                width: 170,
                render: (_: unknown, f) =>
                  f.unitChoice ? (
                    <Select
                      size="small"
                      aria-label={`Số liệu của tệp ${f.fileName} là của đơn vị`}
                      style={{ width: '100%' }}
                      popupMatchSelectWidth={false}
                      disabled={busy !== null}
                      value={f.unitChoice.forNamed ? 'named' : 'template'}
                      onChange={(v) => chooseUnit(f, v === 'named')}
                      options={[
                        { value: 'template', label: `${f.unitChoice.template.code} (theo mẫu)`, title: f.unitChoice.template.name },
                        { value: 'named', label: `${f.unitChoice.named.code} (theo tên tệp)`, title: f.unitChoice.named.name },
                      ]}
                    />
                  ) : f.unitCode ? (
                    <span>
                      {f.unitName ?? ''} <span className="muted">({f.unitCode})</span>
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  ),
              },
              { title: 'Đợt', key: 'round', width: 80, render: (_: unknown, f) => f.roundCode ?? <span className="muted">—</span> },
              { title: 'Tình trạng', dataIndex: 'status', width: 120, render: (s: ImportFileStatus) => <ImportStatusTag status={s} /> },
              {
                title: 'Ngày nhận',
                key: 'receivedOn',
                width: 130,
                render: (_: unknown, f) =>
                  (choices[f.key] ?? f.included) ? (
                    <DatePicker
                      size="small"
                      aria-label={`Ngày nhận tệp ${f.fileName}`}
                      format={DATE_FORMAT}
                      allowClear={false}
                      value={fileDates[f.key] ?? receivedOn}
                      disabledDate={(d) => d.isAfter(today(), 'day')}
                      onChange={(d) => d && setFileDates({ ...fileDates, [f.key]: d })}
                    />
                  ) : null,
              },
              {
                title: 'Chỉ tiêu có số liệu',
                dataIndex: 'filled',
                width: 76,
                align: 'right',
                render: (n: number, f) => (f.status === 'error' ? '' : n),
              },
              {
                title: 'Ghi chú',
                key: 'messages',
                render: (_: unknown, f) => (
                  <div>
                    {f.messages.length > 0 && (
                      <ul className="file-messages">
                        {f.messages.map((m, i) => (
                          <li key={i}>{m}</li>
                        ))}
                      </ul>
                    )}
                    {f.problems.length > 0 && (
                      <ul className="cell-problems">
                        {f.problems.map((p, i) => (
                          <li key={i}>
                            Trang "{p.sheet}" – {p.message}
                            {p.indicatorCode ? <span className="muted"> (chỉ tiêu {p.indicatorCode})</span> : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ),
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
