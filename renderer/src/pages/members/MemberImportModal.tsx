import { Alert, Checkbox, Collapse, DatePicker, Modal, Select, Space, Table, Tag, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  ImportField,
  ImportMapping,
  ImportRowStatus,
  MemberImportPreview,
  MemberImportResult,
} from '../../../../shared/members/schema';
import { GENDER_LABELS, IMPORT_FIELDS, IMPORT_FIELD_LABELS } from '../../../../shared/members/schema';
import { call, errorMessage } from '../../api/client';
import { fileToBase64 } from '../../lib/files';
import { foldedFilter } from '../../lib/select';
import { showDate } from './labels';
import { DATE_FORMAT, dayjsToIso, isoToDayjs } from '../../lib/forms';
import { today } from '../../lib/clock';
import { useUnitOptions } from './useUnitOptions';

const STATUS: Record<ImportRowStatus, { color: string; label: string }> = {
  new: { color: 'green', label: 'Mới' },
  exists: { color: 'blue', label: 'Đã có' },
  error: { color: 'red', label: 'Lỗi' },
};

interface Picked {
  fileName: string;
  dataBase64: string;
}

/** Member list from Excel: choose the unit, pick the file, check the columns and every row, then save all at once. */
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
  const [unitId, setUnitId] = useState<number | null>(defaultUnitId);
  const [file, setFile] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<MemberImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | undefined>(undefined);
  /** The join date the clerk chose for rows without one (null: the one proposed by the preview). */
  const [missingJoinDate, setMissingJoinDate] = useState<string | null>(null);
  const [skipErrors, setSkipErrors] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [statusFilter, setStatusFilter] = useState<ImportRowStatus | null>(null);
  useQuery({ queryKey: ['members.importMapping'], queryFn: () => call('members.importMapping', {}), enabled: open });

  const runPreview = async (picked: Picked, unit: number | null, map: ImportMapping | undefined, joinDate = missingJoinDate) => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await call('members.importPreview', { file: picked, unitId: unit, mapping: map, missingJoinDate: joinDate }));
    } catch (e) {
      setPreview(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const pick = async (f: File) => {
    const picked = { fileName: f.name, dataBase64: await fileToBase64(f) };
    setFile(picked);
    setMapping(undefined);
    setStatusFilter(null); // a new file starts with every row shown
    setMissingJoinDate(null);
    await runPreview(picked, unitId, undefined, null);
  };

  const changeColumn = (letter: string, field: ImportField | null) => {
    if (!preview || !file) return;
    const next: ImportMapping = {};
    for (const f of IMPORT_FIELDS) next[f] = preview.mapping[f] ?? null;
    for (const f of IMPORT_FIELDS) if (next[f] === letter) next[f] = null;
    if (field) next[field] = letter;
    setMapping(next);
    void runPreview(file, unitId, next);
  };

  const close = () => {
    setStatusFilter(null);
    setFile(null);
    setPreview(null);
    setError(null);
    setMapping(undefined);
    onClose();
  };

  const commit = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await call('members.importCommit', { file, unitId, mapping, skipErrors, rememberMapping: !!mapping, missingJoinDate });
      setFile(null);
      setPreview(null);
      setMapping(undefined);
      onDone(r);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const canSave = preview && preview.counts.new > 0 && (skipErrors || preview.counts.error === 0);
  const rows = preview ? preview.rows.filter((r) => !statusFilter || r.status === statusFilter) : [];

  return (
    <Modal
      open={open}
      title="Nhập danh sách đoàn viên từ Excel"
      width={1240}
      style={{ maxWidth: 'calc(100vw - 32px)' }}
      okText={preview ? `Lưu ${preview.counts.new} đoàn viên mới` : 'Lưu'}
      okButtonProps={{ disabled: !canSave }}
      cancelText="Hủy"
      confirmLoading={busy && !!preview}
      onOk={commit}
      onCancel={close}
      destroyOnHidden
      maskClosable={false}
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <span>Nhập vào công đoàn cơ sở:</span>
        <Select
          style={{ width: 420 }}
          allowClear
          aria-label="Công đoàn cơ sở nhận danh sách"
          placeholder="Lấy theo cột “Đơn vị” trong tệp"
          showSearch={{ filterOption: foldedFilter }}
          options={units}
          value={unitId ?? undefined}
          onChange={(v) => {
            setUnitId(v ?? null);
            if (file) void runPreview(file, v ?? null, mapping);
          }}
        />
      </Space>
      <Upload.Dragger
        accept=".xlsx,.xls"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(f) => (void pick(f), false)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{file ? `Tệp đã chọn: ${file.fileName} — bấm để chọn tệp khác` : 'Bấm để chọn tệp danh sách (.xlsx) hoặc kéo tệp vào đây'}</p>
        <p className="muted">
          Phần mềm tự tìm dòng tiêu đề (Họ và tên, Ngày sinh, Nam/Nữ, Số CCCD, Ngày vào CĐ…) và bỏ qua dòng tiêu đề trang, dòng trống, dòng
          tổng cộng.
        </p>
      </Upload.Dragger>
      {busy && !preview && <p style={{ marginTop: 12 }}>Đang đọc tệp…</p>}
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {preview && (
        <div style={{ marginTop: 12 }}>
          {preview.missingJoin && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`${preview.missingJoin.count.toLocaleString('vi-VN')} người không ghi ngày vào Công đoàn`}
              description={
                <Space wrap>
                  <span>
                    Họ được tính là đoàn viên từ ngày
                    {preview.missingJoin.source === 'title'
                      ? ' ghi trên tiêu đề danh sách'
                      : preview.missingJoin.source === 'year'
                        ? ' đầu năm'
                        : ' đã chọn'}{' '}
                    (dùng cho thống kê ngày 31/5, 30/11). Đổi ngày:
                  </span>
                  <DatePicker
                    aria-label="Ngày vào Công đoàn cho người không ghi"
                    format={DATE_FORMAT}
                    allowClear={false}
                    value={isoToDayjs(preview.missingJoin.date)}
                    disabledDate={(d) => d.isAfter(today(), 'day')}
                    onChange={(d) => {
                      const iso = dayjsToIso(d);
                      setMissingJoinDate(iso);
                      if (file) void runPreview(file, unitId, mapping, iso);
                    }}
                  />
                </Space>
              }
            />
          )}
          {preview.legacyText && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`${preview.legacyText.count.toLocaleString('vi-VN')} tên được chuyển từ mã ${preview.legacyText.encodings.join('/')} sang Unicode`}
              description={
                <>
                  Danh sách này được gõ bằng phông chữ cũ ({preview.legacyText.encodings.includes('TCVN3') ? '.VnTime' : 'VNI-Times'}); phần
                  mềm đã đổi sang chữ Unicode để tìm kiếm và in đúng. Ví dụ:{' '}
                  {preview.legacyText.examples.map((e, i) => (
                    <span key={i}>
                      {i > 0 ? '; ' : ''}"{e.from}" → <b>{e.to}</b>
                    </span>
                  ))}
                  . Hãy xem lại các tên trong bảng trước khi lưu.
                </>
              }
            />
          )}
          {preview.previousImport && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              message={`Tệp này đã được nhập ngày ${new Date(preview.previousImport.at).toLocaleDateString('vi-VN')} (${preview.previousImport.created} đoàn viên). Những người đã có sẽ không được thêm lần nữa.`}
            />
          )}
          <Collapse
            size="small"
            style={{ marginBottom: 8 }}
            items={[
              {
                key: 'cols',
                label: `Cột trong tệp (trang "${preview.sheetName}", tiêu đề ở dòng ${preview.headerRow}) — bấm để sửa nếu phần mềm nhận sai cột`,
                children: (
                  <Table
                    size="small"
                    rowKey="letter"
                    pagination={false}
                    dataSource={preview.columns}
                    columns={[
                      { title: 'Cột', dataIndex: 'letter', width: 60 },
                      { title: 'Tiêu đề trong tệp', dataIndex: 'header' },
                      {
                        title: 'Hiểu là',
                        dataIndex: 'field',
                        width: 300,
                        render: (field: ImportField | null, c) => (
                          <Select
                            size="small"
                            style={{ width: 280 }}
                            aria-label={`Cột ${c.letter} hiểu là`}
                            value={field ?? ''}
                            onChange={(v) => changeColumn(c.letter, (v || null) as ImportField | null)}
                            options={[
                              { value: '', label: '(bỏ qua cột này)' },
                              ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] })),
                            ]}
                          />
                        ),
                      },
                    ]}
                  />
                ),
              },
            ]}
          />
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag color="green" style={{ cursor: 'pointer' }} onClick={() => setStatusFilter(statusFilter === 'new' ? null : 'new')}>
              {preview.counts.new} mới
            </Tag>
            <Tag color="blue" style={{ cursor: 'pointer' }} onClick={() => setStatusFilter(statusFilter === 'exists' ? null : 'exists')}>
              {preview.counts.exists} đã có (bỏ qua)
            </Tag>
            <Tag color="red" style={{ cursor: 'pointer' }} onClick={() => setStatusFilter(statusFilter === 'error' ? null : 'error')}>
              {preview.counts.error} lỗi
            </Tag>
            {preview.counts.error > 0 && (
              <Checkbox checked={skipErrors} onChange={(e) => setSkipErrors(e.target.checked)}>
                Bỏ qua các dòng lỗi, lưu các dòng đúng
              </Checkbox>
            )}
          </Space>
          <Table
            size="small"
            rowKey="rowNumber"
            dataSource={rows}
            scroll={{ x: 1180, y: 340 }}
            pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: 'Dòng', dataIndex: 'rowNumber', width: 56 },
              {
                title: 'Tình trạng',
                dataIndex: 'status',
                width: 90,
                render: (s: ImportRowStatus) => <Tag color={STATUS[s].color}>{STATUS[s].label}</Tag>,
              },
              { title: 'Họ và tên', dataIndex: 'name', width: 170 },
              { title: 'Ngày sinh', dataIndex: 'birthDate', width: 96, render: (d: string | null) => showDate(d) },
              {
                title: 'Giới tính',
                dataIndex: 'gender',
                width: 70,
                render: (g: keyof typeof GENDER_LABELS | null) => (g ? GENDER_LABELS[g] : <span className="muted">Chưa rõ</span>),
              },
              {
                title: 'Số CCCD',
                dataIndex: 'cccd',
                width: 120,
                render: (c: string | null, r) => (
                  <>
                    {c}
                    {r.cmnd && <div className="muted">CMND {r.cmnd}</div>}
                  </>
                ),
              },
              {
                title: 'Ngày vào CĐ',
                dataIndex: 'joinedOn',
                width: 96,
                render: (d: string | null, r) =>
                  d ? (
                    showDate(d)
                  ) : r.status === 'new' && preview?.missingJoin ? (
                    <i className="muted">({showDate(preview.missingJoin.date)})</i>
                  ) : (
                    ''
                  ),
              },
              {
                title: 'Đảng viên',
                key: 'party',
                width: 84,
                render: (_: unknown, r) => (r.partyMember ? (r.partyDate ? showDate(r.partyDate) : 'Có') : ''),
              },
              { title: 'Đơn vị', dataIndex: 'unitName', width: 150 },
              {
                title: 'Ghi chú',
                key: 'messages',
                render: (_: unknown, r) => (
                  <>
                    {r.messages.map((m, i) => (
                      <div key={i} style={{ color: r.status === 'error' ? '#d92d20' : undefined }}>
                        {m}
                      </div>
                    ))}
                    {r.warnings.map((w, i) => (
                      <div key={`w${i}`} className="muted">
                        {w}
                      </div>
                    ))}
                  </>
                ),
              },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
