import { Button, Card, Checkbox, DatePicker, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ProgressEvent } from '../../../../shared/api/progress';
import type { ImportFileStatus, ImportPreview, ImportPreviewFile } from '../../../../shared/reports/schema';
import { IMPORT_FILE_STATUSES, IMPORT_STATUS_LABELS } from '../../../../shared/reports/schema';
import { call, errorMessage } from '../../api/client';
import { CallProgress } from '../../components/CallProgress';
import { today } from '../../lib/clock';
import { DATE_FORMAT, dayjsToIso } from '../../lib/forms';
import { ImportStatusTag } from './ui';

const COUNT_COLORS: Record<ImportFileStatus, string> = {
  new: 'green',
  replace: 'blue',
  blank: 'orange',
  duplicate: 'default',
  skip: 'default',
  error: 'red',
};

/**
 * The clerk's changes to a batch's preview: ticks, whose figures a file holds, each file's day
 * received. A tick or a unit choice has the preview resolved again (which file of a unit wins,
 * blank files taken after all).
 */
export function usePreviewEdits(
  preview: ImportPreview | null,
  setPreview: (p: ImportPreview) => void,
  setError: (e: string | null) => void,
) {
  /** The clerk's ticks that differ from what the preview proposed, by file key. */
  const [choices, setChoices] = useState<Record<number, boolean>>({});
  /** Files whose figures the clerk said are those of the unit their name gives, not their template's. */
  const [forNamed, setForNamed] = useState<Record<number, boolean>>({});
  /** Files received another day than the batch (a late USB stick, a paper report typed later). */
  const [fileDates, setFileDates] = useState<Record<number, Dayjs>>({});

  const reset = () => {
    setChoices({});
    setForNamed({});
    setFileDates({});
  };
  const choiceList = (c = choices, named = forNamed) =>
    Object.entries(c).map(([key, include]) => ({ key: Number(key), include, forNamedUnit: named[Number(key)] ?? false }));
  const fileDateList = () => Object.entries(fileDates).map(([key, d]) => ({ key: Number(key), receivedOn: dayjsToIso(d)! }));

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
  const setFileDate = (f: ImportPreviewFile, d: Dayjs) => setFileDates({ ...fileDates, [f.key]: d });

  return { choices, fileDates, reset, choiceList, fileDateList, tick, chooseUnit, setFileDate };
}

/** The clerk's changes to the preview: ticks, whose figures a file holds, and each file's day received. */
interface FileEdits {
  /** The clerk's ticks that differ from what the preview proposed, by file key. */
  choices: Record<number, boolean>;
  /** Files received another day than the batch, by file key. */
  fileDates: Record<number, Dayjs>;
  receivedOn: Dayjs | null;
  /** Something is being read or saved: no changes meanwhile. */
  busy: boolean;
  onTick: (f: ImportPreviewFile, include: boolean) => void;
  onChooseUnit: (f: ImportPreviewFile, named: boolean) => void;
  onFileDate: (f: ImportPreviewFile, d: Dayjs) => void;
}

function fileColumns({
  choices,
  fileDates,
  receivedOn,
  busy,
  onTick,
  onChooseUnit,
  onFileDate,
}: FileEdits): ColumnsType<ImportPreviewFile> {
  return [
    {
      title: 'Nhập',
      key: 'include',
      width: 56,
      render: (_: unknown, f) => (
        <Checkbox
          aria-label={`Nhập tệp ${f.fileName}`}
          checked={choices[f.key] ?? f.included}
          disabled={!f.choosable || busy}
          onChange={(e) => onTick(f, e.target.checked)}
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
            disabled={busy}
            value={f.unitChoice.forNamed ? 'named' : 'template'}
            onChange={(v) => onChooseUnit(f, v === 'named')}
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
            onChange={(d) => d && onFileDate(f, d)}
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
  ];
}

interface Props extends FileEdits {
  preview: ImportPreview;
  onReceivedOn: (d: Dayjs | null) => void;
  /** Reports the import would save (new and replacing). */
  toSave: number;
  committing: boolean;
  onCancel: () => void;
  onCommit: () => void;
  /** The save's progress (cancellable while the copies are written). */
  saveProgress: ProgressEvent | null;
  onCancelSave: () => void;
}

/** The preview of a batch, one row per file: what will be saved, with the day received, cancel and import. */
export function ReceivePreviewCard(props: Props) {
  const { preview, onReceivedOn, toSave, committing, onCancel, onCommit, saveProgress, onCancelSave, ...edits } = props;
  return (
    <Card
      size="small"
      title={`Xem trước: ${preview.files.length} tệp${preview.folder ? ` trong ${preview.folder}` : ''}`}
      extra={
        <Space wrap>
          <span>Ngày nhận:</span>
          <DatePicker
            aria-label="Ngày nhận báo cáo"
            value={edits.receivedOn}
            onChange={onReceivedOn}
            format={DATE_FORMAT}
            allowClear={false}
            disabledDate={(d) => d.isAfter(today(), 'day')}
          />
          <Button onClick={onCancel}>Hủy</Button>
          <Button type="primary" disabled={!toSave} loading={committing} onClick={onCommit}>
            Nhập {toSave} báo cáo
          </Button>
        </Space>
      }
    >
      {/* Cancelling while the copies are written removes them; once the figures are written it is too late. */}
      <CallProgress progress={saveProgress} onCancel={onCancelSave} />
      <Space wrap style={{ marginBottom: 8 }}>
        {IMPORT_FILE_STATUSES.filter((s) => preview.counts[s]).map((s) => (
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
        columns={fileColumns(edits)}
      />
    </Card>
  );
}
