// "Điền mẫu của cấp trên": pick the superior's .xlsx, check how its rows were matched to the
// round's indicators, change what is wrong, then download a filled copy to send upward.
import { Alert, App, Button, Checkbox, Modal, Space, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useMemo, useRef, useState } from 'react';
import { useCloseGuard } from '../../lib/useCloseGuard';
import { MAX_FILE_BYTES, type RoundDetail } from '../../../../shared/reports/schema';
import { UPWARD_SURE_SCORE, type UpwardFillInput, type UpwardPreview, type UpwardRow } from '../../../../shared/reports/upward-schema';
import { ApiCallError, call, errorMessage } from '../../api/client';
import { fileToBase64, saveDownload } from '../../lib/files';
import { UpwardMatchTable, valueText } from './UpwardMatchTable';

/** Why the file cannot be the superior's form, or null when it may be. */
function fileProblem(f: File): string | null {
  if (!/\.(xlsx|xlsm)$/i.test(f.name))
    return `Tệp "${f.name}" không phải tệp Excel .xlsx. Nếu là tệp .xls hoặc .ods, hãy mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi chọn lại.`;
  if (f.size === 0 || f.size > MAX_FILE_BYTES)
    return `Tệp "${f.name}" ${f.size === 0 ? 'rỗng' : 'quá lớn (tối đa 50 MB)'}. Hãy chọn đúng tệp mẫu báo cáo của cấp trên.`;
  return null;
}

/** Fill a copy of the form read earlier; when the server no longer holds it (left open long, or restarted), send the file again. */
async function fillCopy(roundId: number, batchId: string, file: File | null, matches: UpwardFillInput['matches'], remember: boolean) {
  try {
    return await call('reports.upwardFill', { roundId, batchId, matches, remember });
  } catch (e) {
    if (!(e instanceof ApiCallError && e.code === 'NOT_FOUND' && file)) throw e;
    return call('reports.upwardFill', { roundId, file: { fileName: file.name, dataBase64: await fileToBase64(file) }, matches, remember });
  }
}

export function UpwardModal({ round, open, onClose }: { round: RoundDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
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
  const reset = () => {
    setPreview(null);
    setChoices({});
    setError(null);
    setSaved(null);
  };

  const pick = async (f: File) => {
    reset();
    const wrong = fileProblem(f);
    if (wrong) {
      setError(wrong);
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
      const out = await fillCopy(round.id, preview.batchId, file, matches, remember);
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
        <Footer
          remember={remember}
          onRemember={preview ? setRemember : null}
          onClose={close}
          canFill={!!toWrite && !busy}
          filling={busy === 'fill'}
          onFill={() => void fill()}
        />
      }
    >
      <Typography.Paragraph style={{ marginTop: 0 }}>
        Chọn tệp Excel mẫu báo cáo mà cấp trên gửi xuống. Phần mềm tìm bảng số liệu trong tệp, ghép từng dòng với chỉ tiêu của đợt "
        {round.name}" và điền số tổng hợp (như trang Kết quả). Tệp gốc không bị thay đổi: bạn nhận một bản sao đã điền để gửi lên.
      </Typography.Paragraph>
      <FilePicker busy={busy} again={!!preview} fileName={file?.name ?? null} onPick={(f) => void pick(f)} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {saved && <SavedNotice fileName={saved} />}
      {preview && <PreviewBody preview={preview} toWrite={toWrite} />}
      {preview && (
        <UpwardMatchTable
          preview={preview}
          byId={byId}
          choices={choices}
          chosen={chosen}
          onChoose={(key, v) => {
            setChoices((c) => ({ ...c, [key]: v }));
            setSaved(null);
          }}
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

/** The button that picks the superior's form (a hidden file input behind it) and the picked file's name. */
function FilePicker(props: { busy: 'read' | 'fill' | null; again: boolean; fileName: string | null; onPick: (f: File) => void }) {
  const { busy, again, fileName, onPick } = props;
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<FileExcelOutlined />} loading={busy === 'read'} disabled={!!busy} onClick={() => input.current?.click()}>
          {again ? 'Chọn tệp khác…' : 'Chọn tệp mẫu của cấp trên…'}
        </Button>
        {fileName && <span className="muted">{fileName}</span>}
        {busy === 'read' && <span className="muted">Đang đọc tệp…</span>}
      </Space>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,.xlsm"
        data-testid="chon-mau-cap-tren"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (input.current) input.current.value = '';
          if (f) onPick(f);
        }}
      />
    </>
  );
}

/** "Remember the matches" (once a form is read), close, and fill. */
function Footer(props: {
  remember: boolean;
  /** Null until a form has been read. */
  onRemember: ((v: boolean) => void) | null;
  onClose: () => void;
  canFill: boolean;
  filling: boolean;
  onFill: () => void;
}) {
  const { remember, onRemember, onClose, canFill, filling, onFill } = props;
  return (
    <Space wrap style={{ justifyContent: 'flex-end', width: '100%' }}>
      {onRemember && (
        <Checkbox checked={remember} onChange={(e) => onRemember(e.target.checked)}>
          Ghi nhớ cách ghép cho lần sau
        </Checkbox>
      )}
      <Button onClick={onClose}>Đóng</Button>
      <Button type="primary" icon={<DownloadOutlined />} disabled={!canFill} loading={filling} onClick={onFill}>
        Điền và lưu tệp
      </Button>
    </Space>
  );
}

function SavedNotice({ fileName }: { fileName: string }) {
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 12 }}
      title={`Đã lưu bản đã điền: "${fileName}".`}
      description="Tệp nằm trong thư mục Tải về (hoặc nơi bạn vừa chọn). Hãy mở tệp kiểm tra lại các số, in và ký (hoặc ký số) rồi gửi lên cấp trên."
    />
  );
}
