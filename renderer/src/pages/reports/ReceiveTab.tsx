import { Alert, App, Button, Card, Space } from 'antd';
import { FileAddOutlined, FolderOpenOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useRef, useState, type ChangeEvent, type InputHTMLAttributes } from 'react';
import type { ProgressEvent } from '../../../../shared/api/progress';
import type { ImportPreview, ImportResult, RoundDetail } from '../../../../shared/reports/schema';
import { call, errorMessage } from '../../api/client';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { dayjsToIso } from '../../lib/forms';
import { FolderInput } from './FolderInput';
import { ReceivePreviewCard, usePreviewEdits } from './ReceivePreview';
import { reportFilesOf, uploadReportFiles } from './receive-upload';
import { today } from '../../lib/clock';

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
  const edits = usePreviewEdits(preview, setPreview, setError);

  const start = () => {
    if (preview) void call('reports.discardImport', { batchId: preview.batchId }).catch(() => undefined);
    setPreview(null);
    setError(null);
    setDone(null);
    edits.reset();
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

  const upload = async (picked: File[]) => {
    const files = reportFilesOf(picked);
    if (!files.length) {
      setError('Không có tệp Excel (.xlsx) nào trong những gì vừa chọn. Hãy chọn đúng thư mục hoặc tệp báo cáo.');
      return;
    }
    start();
    setBusy('upload');
    const sending = (done: number) => ({ callId: '', phase: 'Đang gửi và đọc các tệp', done, total: files.length, cancellable: false });
    try {
      setProgress(sending(0));
      setPreview(await uploadReportFiles(round.id, files, (sent) => setProgress(sending(sent))));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
      setProgress(null);
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
        choices: edits.choiceList(),
        fileDates: edits.fileDateList(),
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

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <SourceCard
        folder={folder}
        onFolder={setFolder}
        busy={busy}
        onScan={scan}
        onFiles={(files) => void upload(files)}
        scanProgress={scanning.progress}
        onCancelScan={scanning.cancel}
        uploadProgress={progress}
      />
      {error && <Alert type="error" showIcon title={error} />}
      {done && <DoneNotice result={done} showStatus={showStatus} />}
      {preview && (
        <ReceivePreviewCard
          preview={preview}
          choices={edits.choices}
          fileDates={edits.fileDates}
          receivedOn={receivedOn}
          onReceivedOn={setReceivedOn}
          busy={busy !== null}
          onTick={(f, include) => void edits.tick(f, include)}
          onChooseUnit={edits.chooseUnit}
          onFileDate={edits.setFileDate}
          toSave={toSave}
          committing={busy === 'commit'}
          onCancel={start}
          onCommit={commit}
          saveProgress={saving.progress}
          onCancelSave={saving.cancel}
        />
      )}
    </div>
  );
}

/** Where reports come from: a folder path read on the server (a USB stick), or folders and files picked on this computer. */
function SourceCard(props: {
  folder: string;
  onFolder: (f: string) => void;
  busy: 'scan' | 'upload' | 'commit' | null;
  onScan: () => void;
  onFiles: (files: File[]) => void;
  scanProgress: ProgressEvent | null;
  onCancelScan: () => void;
  uploadProgress: ProgressEvent | null;
}) {
  const { folder, onFolder, busy, onScan, scanProgress, onCancelScan, uploadProgress } = props;
  const dirInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const dirProps = { webkitdirectory: '', directory: '' } as unknown as InputHTMLAttributes<HTMLInputElement>;
  // The same folder or file can be picked again: the input forgets it once its files are copied out.
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    props.onFiles(Array.from(e.target.files ?? []));
    e.target.value = '';
  };
  return (
    <Card
      size="small"
      title={
        <span>
          <FolderOpenOutlined /> Đọc báo cáo từ thư mục hoặc USB
        </span>
      }
    >
      <p className="muted" style={{ marginTop: 0 }}>
        Phần mềm tìm mọi tệp Excel trong thư mục (kể cả thư mục con), nhận ra đơn vị và đợt báo cáo nhờ thông tin ẩn trong mẫu (đổi tên tệp
        vẫn nhận được), rồi cho xem trước. Chưa có gì được lưu cho đến khi bạn bấm "Nhập".
      </p>
      <Space.Compact style={{ width: '100%', maxWidth: 800 }}>
        <FolderInput
          value={folder}
          onChange={onFolder}
          ariaLabel="Thư mục chứa báo cáo"
          placeholder="Chọn USB trong danh sách hoặc ghi đường dẫn, ví dụ E:\BaoCao"
        />
        <Button type="primary" icon={<SearchOutlined />} disabled={!folder.trim() || !!busy} loading={busy === 'scan'} onClick={onScan}>
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
        <CallProgress progress={scanProgress} onCancel={onCancelScan} />
        <CallProgress progress={uploadProgress} />
        <input ref={dirInput} type="file" multiple hidden data-testid="chon-thu-muc" onChange={pick} {...dirProps} />
        <input ref={filesInput} type="file" multiple hidden accept=".xlsx,.xlsm,.xls,.ods" data-testid="chon-tep" onChange={pick} />
      </div>
    </Card>
  );
}

function DoneNotice({ result, showStatus }: { result: ImportResult; showStatus: () => void }) {
  return (
    <Alert
      type="success"
      showIcon
      title={resultText(result)}
      action={
        <Button size="small" onClick={showStatus}>
          Xem tình hình nộp
        </Button>
      }
    />
  );
}
