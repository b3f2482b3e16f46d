// "Điền mẫu của cấp trên": pick the superior's .xlsx, check how its rows were matched to the
// round's indicators, change what is wrong, then download a filled copy to send upward.
import { Alert, App, Button, Checkbox, Empty, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useMemo, useRef, useState } from 'react';
import { useCloseGuard } from '../../lib/useCloseGuard';
import { formatIndicatorValue, formatNumberVi } from '../../../../shared/reports/parse-number';
import { MAX_FILE_BYTES, type RoundDetail } from '../../../../shared/reports/schema';
import {
  UPWARD_SOURCE_LABELS,
  UPWARD_SURE_SCORE,
  upwardCellValue,
  type UpwardIndicatorTotal,
  type UpwardPreview,
  type UpwardRow,
} from '../../../../shared/reports/upward-schema';
import { foldVi } from '../../../../shared/text/vi';
import { ApiCallError, call, errorMessage } from '../../api/client';
import { fileToBase64, saveDownload } from '../../lib/files';

const NO_FILL = 0;

/** What the cell will hold, as the clerk reads it. */
function valueText(row: UpwardRow, ind: UpwardIndicatorTotal | undefined): { text: string; empty: boolean } {
  if (!row.fillable) return { text: 'Ô có công thức, giữ nguyên', empty: true };
  if (!ind) return { text: 'Không điền', empty: true };
  if (ind.kind === 'text') return { text: 'Chỉ tiêu ghi bằng chữ, không điền số', empty: true };
  const v = upwardCellValue(ind.total, ind.kind, row);
  if (v === null || ind.total === null) return { text: 'Chưa có số liệu, để trống', empty: true };
  if (ind.kind === 'percent') return { text: `${formatNumberVi(ind.total)}%`, empty: false };
  if (ind.kind === 'money' && row.divisor > 1)
    return { text: `${formatNumberVi(v)} (${row.divisor === 1_000_000 ? 'triệu đồng' : 'nghìn đồng'})`, empty: false };
  return { text: formatIndicatorValue(v, ind.kind), empty: false };
}

function SourceTag({ row, changed }: { row: UpwardRow; changed: boolean }) {
  if (changed) return <Tag color="blue">Bạn đã chọn</Tag>;
  if (row.source === 'label' && row.confidence < UPWARD_SURE_SCORE) return <Tag color="orange">Cần xem lại</Tag>;
  const color = { code: 'green', remembered: 'cyan', label: 'green', none: 'default' }[row.source];
  return <Tag color={color}>{UPWARD_SOURCE_LABELS[row.source]}</Tag>;
}

export function UpwardModal({ round, open, onClose }: { round: RoundDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<UpwardPreview | null>(null);
  /** The clerk's choices that differ from the proposal, by row key (NO_FILL = "Không điền"). */
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [remember, setRemember] = useState(true);
  const [busy, setBusy] = useState<'read' | 'fill' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const byId = useMemo(() => new Map((preview?.indicators ?? []).map((i) => [i.indicatorId, i])), [preview]);
  const chosen = (r: UpwardRow) => (r.key in choices ? choices[r.key] || null : r.indicatorId);
  const toWrite = preview ? preview.rows.filter((r) => !valueText(r, byId.get(chosen(r) ?? -1)).empty).length : 0;
  const options = useMemo(
    () => [
      { value: NO_FILL, label: 'Không điền', search: 'khong dien' },
      ...(preview?.indicators ?? []).map((i) => ({
        value: i.indicatorId,
        label: `${i.code}. ${i.label}`,
        search: foldVi(`${i.code} ${i.label}`),
      })),
    ],
    [preview],
  );

  const reset = () => {
    setPreview(null);
    setChoices({});
    setError(null);
    setSaved(null);
  };

  const pick = async (list: FileList | null) => {
    const f = list?.[0];
    if (input.current) input.current.value = '';
    if (!f) return;
    reset();
    if (!/\.(xlsx|xlsm)$/i.test(f.name)) {
      setError(
        `Tệp "${f.name}" không phải tệp Excel .xlsx. Nếu là tệp .xls hoặc .ods, hãy mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi chọn lại.`,
      );
      return;
    }
    if (f.size === 0 || f.size > MAX_FILE_BYTES) {
      setError(`Tệp "${f.name}" ${f.size === 0 ? 'rỗng' : 'quá lớn (tối đa 50 MB)'}. Hãy chọn đúng tệp mẫu báo cáo của cấp trên.`);
      return;
    }
    setFile(f);
    setBusy('read');
    try {
      setPreview(await call('reports.upwardPreview', { roundId: round.id, file: { fileName: f.name, dataBase64: await fileToBase64(f) } }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const fill = async () => {
    if (!preview) return;
    setBusy('fill');
    setError(null);
    const matches = preview.rows.filter((r) => r.fillable).map((r) => ({ key: r.key, indicatorId: chosen(r) }));
    try {
      let out;
      try {
        out = await call('reports.upwardFill', { roundId: round.id, batchId: preview.batchId, matches, remember });
      } catch (e) {
        // The file is no longer held (left open for long, or the software restarted): send it again.
        if (!(e instanceof ApiCallError && e.code === 'NOT_FOUND' && file)) throw e;
        out = await call('reports.upwardFill', {
          roundId: round.id,
          file: { fileName: file.name, dataBase64: await fileToBase64(file) },
          matches,
          remember,
        });
      }
      saveDownload(out);
      setSaved(out.fileName);
      message.success(`Đã điền ${toWrite} ô và lưu tệp "${out.fileName}".`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const close = () => {
    reset();
    setFile(null);
    onClose();
  };
  // Matches chosen by hand and not yet used to fill a copy are asked about before closing.
  const guard = useCloseGuard({ open, dirty: Object.keys(choices).length > 0 && !saved, onClose: close });

  return (
    <Modal
      open={open}
      {...guard.modalProps}
      title="Điền mẫu của cấp trên"
      width={1180}
      style={{ top: 24 }}
      destroyOnHidden
      footer={
        <Space wrap style={{ justifyContent: 'flex-end', width: '100%' }}>
          {preview && (
            <Checkbox checked={remember} onChange={(e) => setRemember(e.target.checked)}>
              Ghi nhớ cách ghép cho lần sau
            </Checkbox>
          )}
          <Button onClick={close}>Đóng</Button>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            disabled={!toWrite || !!busy}
            loading={busy === 'fill'}
            onClick={() => void fill()}
          >
            Điền và lưu tệp
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph style={{ marginTop: 0 }}>
        Chọn tệp Excel mẫu báo cáo mà cấp trên gửi xuống. Phần mềm tìm bảng số liệu trong tệp, ghép từng dòng với chỉ tiêu của đợt "
        {round.name}" và điền số tổng hợp (như trang Kết quả). Tệp gốc không bị thay đổi: bạn nhận một bản sao đã điền để gửi lên.
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<FileExcelOutlined />} loading={busy === 'read'} disabled={!!busy} onClick={() => input.current?.click()}>
          {preview ? 'Chọn tệp khác…' : 'Chọn tệp mẫu của cấp trên…'}
        </Button>
        {file && <span className="muted">{file.name}</span>}
        {busy === 'read' && <span className="muted">Đang đọc tệp…</span>}
      </Space>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,.xlsm"
        data-testid="chon-mau-cap-tren"
        onChange={(e) => void pick(e.target.files)}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {saved && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Đã lưu bản đã điền: "${saved}".`}
          description="Tệp nằm trong thư mục Tải về (hoặc nơi bạn vừa chọn). Hãy mở tệp kiểm tra lại các số, in và ký (hoặc ký số) rồi gửi lên cấp trên."
        />
      )}
      {preview && <PreviewBody preview={preview} toWrite={toWrite} />}
      {preview && (
        <Table<UpwardRow>
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ y: 340 }}
          dataSource={preview.rows}
          locale={{ emptyText: <Empty description="Không có dòng nào để điền trong bảng này." /> }}
          columns={[
            { title: 'Dòng', key: 'row', width: 70, render: (_, r) => `${r.row}${r.number ? ` (${r.number})` : ''}` },
            {
              title: 'Nội dung trong mẫu',
              key: 'label',
              render: (_, r) => (
                <>
                  {r.label}
                  {r.unit && <span className="muted"> — {r.unit}</span>}
                </>
              ),
            },
            {
              title: 'Chỉ tiêu của đợt được điền vào',
              key: 'indicator',
              width: 430,
              render: (_, r) => (
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Select
                    aria-label={`Chỉ tiêu cho dòng ${r.row}`}
                    style={{ width: '100%' }}
                    disabled={!r.fillable}
                    value={chosen(r) ?? NO_FILL}
                    options={options}
                    showSearch={{ filterOption: (q, o) => !!o && o.search.includes(foldVi(q)) }}
                    onChange={(v: number) => {
                      setChoices((c) => ({ ...c, [r.key]: v }));
                      setSaved(null);
                    }}
                  />
                  {r.fillable && <SourceTag row={r} changed={r.key in choices && (choices[r.key] || null) !== r.indicatorId} />}
                </Space>
              ),
            },
            {
              title: `Số sẽ ghi vào ô`,
              key: 'value',
              width: 190,
              render: (_, r) => {
                const v = valueText(r, byId.get(chosen(r) ?? -1));
                return (
                  <>
                    <span className="muted">{r.key}: </span>
                    {v.empty ? <span className="muted">{v.text}</span> : <b>{v.text}</b>}
                  </>
                );
              },
            },
          ]}
        />
      )}
    </Modal>
  );
}

/** " (a, b)" from the parts that exist, "" when none does. */
function bracket(parts: (string | null | undefined | false)[]): string {
  const present = parts.filter(Boolean);
  return present.length ? ` (${present.join(', ')})` : '';
}

function PreviewBody({ preview, toWrite }: { preview: UpwardPreview; toWrite: number }) {
  const review = preview.rows.filter((r) => r.fillable && r.source === 'label' && r.confidence < UPWARD_SURE_SCORE).length;
  const found =
    preview.kind === 'app'
      ? `Đây là mẫu do phần mềm này tạo${bracket([
          preview.superior?.roundName && `đợt "${preview.superior.roundName}"`,
          preview.superior?.unitName && `gửi cho "${preview.superior.unitName}"`,
        ])}: các dòng được ghép theo mã chỉ tiêu.`
      : `Đã tìm thấy bảng ở trang "${preview.sheet}" (tiêu đề ở dòng ${preview.headerRow}): nội dung ở cột ${preview.labelColumn}, số liệu ghi vào cột ${preview.valueColumn}.`;
  return (
    <div style={{ display: 'grid', gap: 8, marginBottom: 12 }}>
      {preview.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
      <Alert
        type="info"
        showIcon
        title={found}
        description={
          `Sẽ điền ${toWrite} ô. ` +
          (review
            ? `Có ${review} dòng phần mềm đoán theo nội dung, cần bạn xem lại (nhãn "Cần xem lại"). `
            : 'Hãy xem lại từng dòng trước khi điền. ') +
          'Dòng nào sai, hãy chọn lại chỉ tiêu; dòng không có trong đợt này, chọn "Không điền".'
        }
      />
    </div>
  );
}
