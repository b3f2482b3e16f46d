import { Alert, Checkbox, Collapse, Modal, Select, Space, Tag, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { useCloseGuard } from '../../lib/useCloseGuard';
import type {
  ImportField,
  ImportRowStatus,
  ImportSheetChoice,
  MemberImportPreview,
  MemberImportResult,
  MemberImportSheet,
} from '../../../../shared/members/import-schema';
import { call, errorMessage } from '../../api/client';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { fileToBase64 } from '../../lib/files';
import { foldedFilter } from '../../lib/select';
import { ImportColumns, withColumn } from './import/ImportColumns';
import { ImportNotices } from './import/ImportNotices';
import { ImportRows } from './import/ImportRows';
import { ImportSheets } from './import/ImportSheets';
import { useUnitOptions } from './useUnitOptions';

/** What the clerk changed, sheet by sheet; sheets not listed keep what the app proposes. */
type Choices = Record<number, ImportSheetChoice>;

interface Options {
  unitId: number | null;
  missingJoinDate: string | null;
  choices: Choices;
}

const ACCEPT = '.xlsx,.xlsm,.xls,.ods,.csv';

/**
 * Member list from a spreadsheet: choose the unit, pick the file (read once on the server), choose
 * the sheets and the unit of each, check the columns and every row, then save all at once.
 */
export function MemberImportModal({
  open,
  defaultUnitId,
  onClose,
  onDone,
}: {
  open: boolean;
  defaultUnitId: number | null;
  onClose: () => void;
  onDone: (r: MemberImportResult) => void;
}) {
  const units = useUnitOptions();
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<MemberImportPreview | null>(null);
  const [opts, setOpts] = useState<Options>({ unitId: defaultUnitId, missingJoinDate: null, choices: {} });
  const [active, setActive] = useState(0);
  const [skipErrors, setSkipErrors] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [statusFilter, setStatusFilter] = useState<ImportRowStatus | null>(null);
  const tracked = useCallProgress();

  const request = (o: Options) => ({
    unitId: o.unitId,
    missingJoinDate: o.missingJoinDate,
    sheets: Object.values(o.choices).length ? Object.values(o.choices) : undefined,
  });

  /** Bumped by every request and by closing: an answer that comes back late is dropped. */
  const generation = useRef(0);

  /**
   * Asks for a preview with these options (shown at once, so that the next change builds on them).
   * `activeHint`: the sheet to keep showing, or null to show the first sheet read.
   */
  const run = async (
    source: { file: { fileName: string; dataBase64: string } } | { batchId: string },
    o: Options,
    activeHint: number | null,
  ) => {
    const mine = ++generation.current;
    const before = opts;
    setOpts(o);
    setBusy(true);
    setError(null);
    try {
      const p = await tracked.run('members.importPreview', { ...source, ...request(o) });
      if (mine !== generation.current) {
        // Closed, or another file picked meanwhile: a batch read for nothing is let go.
        if ('file' in source) void call('members.importDiscard', { batchId: p.batchId }).catch(() => undefined);
        return;
      }
      setPreview(p);
      const keep = activeHint !== null && p.sheets.some((s) => s.index === activeHint) ? activeHint : null;
      setActive(keep ?? p.sheets.find((s) => s.take)?.index ?? 0);
    } catch (e) {
      if (mine !== generation.current) return;
      setOpts(before);
      setError(errorMessage(e));
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  };

  /** Re-maps the file already read with changed options. */
  const update = (o: Options) => {
    if (preview) void run({ batchId: preview.batchId }, o, active);
  };

  const discard = () => {
    if (preview) void call('members.importDiscard', { batchId: preview.batchId }).catch(() => undefined);
  };

  const pick = async (f: File) => {
    discard();
    const file = { fileName: f.name, dataBase64: await fileToBase64(f) };
    setFileName(f.name);
    setPreview(null);
    setStatusFilter(null); // a new file starts with every row shown
    await run({ file }, { unitId: opts.unitId, missingJoinDate: null, choices: {} }, null);
  };

  const choose = (sheet: MemberImportSheet, change: Partial<ImportSheetChoice>) => {
    const prev = opts.choices[sheet.index] ?? { index: sheet.index, take: sheet.take };
    update({ ...opts, choices: { ...opts.choices, [sheet.index]: { ...prev, ...change } } });
  };

  const activeSheet = preview?.sheets.find((s) => s.index === active) ?? null;
  const manual = activeSheet ? opts.choices[activeSheet.index]?.firstDataRow !== undefined : false;

  const changeColumn = (letter: string, field: ImportField | null) => {
    if (!activeSheet) return;
    const mapping = withColumn(activeSheet, letter, field);
    const headerless = activeSheet.problem?.kind === 'header' || manual;
    const firstDataRow = headerless
      ? (opts.choices[activeSheet.index]?.firstDataRow ?? Number(activeSheet.sample[0]?.[0] ?? 1))
      : undefined;
    choose(activeSheet, { take: true, mapping, ...(firstDataRow ? { firstDataRow } : {}) });
  };

  const close = () => {
    tracked.cancel();
    generation.current++;
    setBusy(false);
    discard();
    setStatusFilter(null);
    setFileName(null);
    setPreview(null);
    setError(null);
    setOpts({ unitId: defaultUnitId, missingJoinDate: null, choices: {} });
    onClose();
  };

  // A list read and not saved yet (with the clerk's sheet and column choices) is asked about before closing.
  const guard = useCloseGuard({ open, dirty: !!preview, onClose: close });

  const commit = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const remember = Object.values(opts.choices).some((c) => c.mapping);
      const r = await tracked.run('members.importCommit', {
        batchId: preview.batchId,
        ...request(opts),
        skipErrors,
        rememberMapping: remember,
      });
      setFileName(null);
      setPreview(null);
      setOpts({ unitId: defaultUnitId, missingJoinDate: null, choices: {} });
      onDone(r);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const taken = preview?.sheets.filter((s) => s.take) ?? [];
  const blocked = taken.find((s) => s.problem);
  const canSave = preview && !blocked && preview.counts.new > 0 && (skipErrors || preview.counts.error === 0);
  const rows = preview ? preview.rows.filter((r) => !statusFilter || r.status === statusFilter) : [];
  const showSheets = !!preview && (preview.sheets.length > 1 || preview.sheets.some((s) => s.problem));

  return (
    <Modal
      open={open}
      title="Nhập danh sách đoàn viên từ Excel"
      width={1240}
      style={{ maxWidth: 'calc(100vw - 32px)', top: 16 }}
      // The body scrolls, so that the save button stays in sight on a 768-pixel-high screen.
      styles={{ body: { maxHeight: 'calc(100vh - 150px)', overflowY: 'auto', overflowX: 'hidden' } }}
      okText={preview ? `Lưu ${preview.counts.new.toLocaleString('vi-VN')} đoàn viên mới` : 'Lưu'}
      okButtonProps={{ disabled: !canSave }}
      cancelText="Hủy"
      confirmLoading={busy && !!preview}
      onOk={commit}
      {...guard.modalProps}
      destroyOnHidden
      maskClosable={false}
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <span>Nhập vào công đoàn cơ sở:</span>
        <Select
          style={{ width: 420 }}
          allowClear
          aria-label="Công đoàn cơ sở nhận danh sách"
          placeholder="Lấy theo cột “Đơn vị” hoặc tên trang trong tệp"
          showSearch={{ filterOption: foldedFilter }}
          options={units}
          disabled={busy}
          value={opts.unitId ?? undefined}
          onChange={(v) => (preview ? update({ ...opts, unitId: v ?? null }) : setOpts({ ...opts, unitId: v ?? null }))}
        />
      </Space>
      <Upload.Dragger accept={ACCEPT} multiple={false} showUploadList={false} disabled={busy} beforeUpload={(f) => (void pick(f), false)}>
        {!preview && (
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
        )}
        <p>
          {fileName
            ? `Tệp đã chọn: ${fileName} — bấm để chọn tệp khác`
            : 'Bấm để chọn tệp danh sách (.xlsx, .xls, .ods, .csv) hoặc kéo tệp vào đây'}
        </p>
        {!preview && (
          <p className="muted">
            Phần mềm đọc mọi trang, tự tìm dòng tiêu đề (Họ và tên, Ngày sinh, Nam/Nữ, Số CCCD, Ngày vào CĐ…), đổi chữ gõ bằng phông
            .VnTime/VNI sang Unicode và bỏ qua dòng tiêu đề trang, dòng trống, dòng tổng cộng, chữ ký.
          </p>
        )}
      </Upload.Dragger>
      <CallProgress progress={tracked.progress} onCancel={tracked.cancel} />
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {preview && (
        <div style={{ marginTop: 12 }}>
          {showSheets && (
            <>
              <div style={{ marginBottom: 4 }}>
                <b>Các trang trong tệp</b>{' '}
                <span className="muted">— đánh dấu trang cần nhập và chọn đơn vị nhận mỗi trang; bấm vào trang để xem cột.</span>
              </div>
              <ImportSheets
                sheets={preview.sheets}
                units={units}
                active={active}
                onActivate={setActive}
                disabled={busy}
                onTake={(s, take) => choose(s, { take })}
                onUnit={(s, unitId) => choose(s, { unitId })}
              />
            </>
          )}
          {blocked && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 8 }}
              message={`${preview.sheets.length > 1 ? `Trang "${blocked.name}": ` : ''}${blocked.problem!.message}`}
            />
          )}
          <ImportNotices preview={preview} onJoinDate={(iso) => update({ ...opts, missingJoinDate: iso })} />
          {activeSheet && activeSheet.problem?.kind !== 'empty' && (
            <Collapse
              size="small"
              style={{ marginBottom: 8 }}
              // Open while the columns need the clerk (no header, no name column, chosen by hand).
              defaultActiveKey={manual || activeSheet.problem?.kind === 'header' || activeSheet.problem?.kind === 'name' ? ['cols'] : []}
              key={`${activeSheet.index}:${activeSheet.problem?.kind ?? ''}:${manual}`}
              items={[
                {
                  key: 'cols',
                  label: activeSheet.headerRow
                    ? `Cột trong tệp (trang "${activeSheet.name}", tiêu đề ở dòng ${activeSheet.headerRow}) — bấm để sửa nếu phần mềm nhận sai cột`
                    : `Cột trong tệp (trang "${activeSheet.name}", không có dòng tiêu đề) — chọn cột bằng tay`,
                  children: (
                    <ImportColumns
                      sheet={activeSheet}
                      manual={manual}
                      disabled={busy}
                      onColumn={changeColumn}
                      onFirstRow={(row) =>
                        choose(activeSheet, { take: true, firstDataRow: row, mapping: opts.choices[activeSheet.index]?.mapping ?? {} })
                      }
                    />
                  ),
                },
              ]}
            />
          )}
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag color="green" style={{ cursor: 'pointer' }} onClick={() => setStatusFilter(statusFilter === 'new' ? null : 'new')}>
              {preview.counts.new.toLocaleString('vi-VN')} mới
            </Tag>
            <Tag color="blue" style={{ cursor: 'pointer' }} onClick={() => setStatusFilter(statusFilter === 'exists' ? null : 'exists')}>
              {preview.counts.exists.toLocaleString('vi-VN')} đã có (bỏ qua)
            </Tag>
            <Tag color="red" style={{ cursor: 'pointer' }} onClick={() => setStatusFilter(statusFilter === 'error' ? null : 'error')}>
              {preview.counts.error.toLocaleString('vi-VN')} lỗi
            </Tag>
            {statusFilter && <span className="muted">Đang lọc: bấm lại nhãn để xem tất cả</span>}
            {preview.counts.error > 0 && (
              <Checkbox checked={skipErrors} onChange={(e) => setSkipErrors(e.target.checked)}>
                Bỏ qua các dòng lỗi, lưu các dòng đúng
              </Checkbox>
            )}
          </Space>
          <ImportRows preview={preview} rows={rows} />
        </div>
      )}
    </Modal>
  );
}
