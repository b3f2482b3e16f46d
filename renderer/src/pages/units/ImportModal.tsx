import { Alert, Checkbox, Modal, Space, Table, Tag, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { ImportRowStatus, UnitImportPreview, UnitImportResult } from '../../../../shared/units/schema';
import { errorMessage } from '../../api/client';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { fileToBase64 } from '../../lib/files';

const STATUS: Record<ImportRowStatus, { color: string; label: string }> = {
  new: { color: 'green', label: 'Mới' },
  update: { color: 'blue', label: 'Đã có – sẽ cập nhật' },
  unchanged: { color: 'default', label: 'Đã có, không đổi' },
  error: { color: 'red', label: 'Lỗi' },
};

interface Picked {
  fileName: string;
  dataBase64: string;
}

/** Import a unit list (.xlsx, .xls, .ods, .csv): pick → preview every row (the file is read once) → confirm (one transaction). */
export function ImportModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (r: UnitImportResult) => void }) {
  const [file, setFile] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<UnitImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Reading the file and saving it report their progress; cancelling is possible until the save begins.
  const tracked = useCallProgress();
  const [updateExisting, setUpdateExisting] = useState(true);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setError(null);
    setBusy(false);
  };

  const pick = async (f: File) => {
    reset();
    setBusy(true);
    try {
      const picked = { fileName: f.name, dataBase64: await fileToBase64(f) };
      setFile(picked);
      setPreview(await tracked.run('units.importPreview', { file: picked }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const toWrite = preview ? preview.counts.new + (updateExisting ? preview.counts.update : 0) : 0;

  const commit = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await tracked.run('units.importCommit', { batchId: preview.batchId, updateExisting }, { refresh: true });
      reset();
      onDone(r);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="Nhập danh sách công đoàn cơ sở từ Excel"
      width={980}
      okText={preview ? `Nhập ${toWrite} đơn vị` : 'Nhập'}
      okButtonProps={{ disabled: !preview || toWrite === 0 }}
      cancelText="Hủy"
      confirmLoading={busy && !!preview}
      onOk={commit}
      onCancel={() => {
        tracked.cancel(); // a file still being read stops; a save under way goes through
        reset();
        onClose();
      }}
      destroyOnHidden
      maskClosable={false}
    >
      <Upload.Dragger
        accept=".xlsx,.xlsm,.xls,.ods,.csv"
        multiple={false}
        showUploadList={false}
        beforeUpload={(f) => {
          void pick(f);
          return false;
        }}
        disabled={busy}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>
          {file
            ? `Tệp đã chọn: ${file.fileName} — bấm để chọn tệp khác`
            : 'Bấm để chọn tệp danh sách (.xlsx, .xls, .ods, .csv) hoặc kéo tệp vào đây'}
        </p>
        <p className="muted">
          Tệp cần có dòng tiêu đề với cột "Mã đơn vị" và "Tên công đoàn cơ sở"; các cột khác (Khối, Xã/phường, Chủ tịch, Điện thoại, Email,
          Ngày thành lập…) nếu có sẽ được nhập theo.
        </p>
      </Upload.Dragger>
      <CallProgress progress={tracked.progress} onCancel={tracked.cancel} />
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {preview && <ImportPreviewPanel preview={preview} updateExisting={updateExisting} onUpdateExisting={setUpdateExisting} />}
    </Modal>
  );
}

/** What the file holds: counts by row status, new sectors and communes/wards, and every row. */
function ImportPreviewPanel({
  preview,
  updateExisting,
  onUpdateExisting,
}: {
  preview: UnitImportPreview;
  updateExisting: boolean;
  onUpdateExisting: (v: boolean) => void;
}) {
  return (
    <div style={{ marginTop: 12 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <span>
          Trang tính <b>{preview.sheetName}</b>, dòng tiêu đề số {preview.headerRow}:
        </span>
        <Tag color="green">{preview.counts.new} mới</Tag>
        <Tag color="blue">{preview.counts.update} đã có, thay đổi</Tag>
        <Tag>{preview.counts.unchanged} không đổi</Tag>
        <Tag color="red">{preview.counts.error} lỗi (sẽ bỏ qua)</Tag>
      </Space>
      {preview.newSectors.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={`Khối mới sẽ được thêm vào danh mục: ${preview.newSectors.join(', ')}`}
        />
      )}
      {preview.newAreas.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={`Xã/phường mới sẽ được thêm vào danh sách: ${preview.newAreas.join(', ')}`}
        />
      )}
      {preview.counts.update > 0 && (
        <Checkbox checked={updateExisting} onChange={(e) => onUpdateExisting(e.target.checked)} style={{ marginBottom: 8 }}>
          Cập nhật thông tin các đơn vị đã có (cùng mã)
        </Checkbox>
      )}
      <Table
        size="small"
        rowKey="rowNumber"
        dataSource={preview.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ y: 360 }}
        columns={[
          { title: 'Dòng', dataIndex: 'rowNumber', width: 64 },
          {
            title: 'Tình trạng',
            dataIndex: 'status',
            width: 170,
            render: (s: ImportRowStatus) => <Tag color={STATUS[s].color}>{STATUS[s].label}</Tag>,
          },
          { title: 'Mã', dataIndex: 'code', width: 110 },
          { title: 'Tên công đoàn cơ sở', dataIndex: 'name' },
          { title: 'Khối', dataIndex: 'sectorName', width: 160 },
          { title: 'Xã/phường', dataIndex: 'areaName', width: 150 },
          { title: 'Ghi chú', dataIndex: 'messages', render: (m: string[]) => m.join(' ') },
        ]}
      />
    </div>
  );
}
