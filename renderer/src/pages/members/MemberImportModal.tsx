import { Alert, Modal, Select, Space, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useCloseGuard } from '../../lib/useCloseGuard';
import type { MemberImportResult } from '../../../../shared/members/import-schema';
import { errorMessage } from '../../api/client';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { foldedFilter } from '../../lib/select';
import { ImportPreviewBody } from './import/ImportPreviewBody';
import { importRequest, useImportPreview } from './import/useImportPreview';
import { useUnitOptions } from './useUnitOptions';

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
  const [skipErrors, setSkipErrors] = useState(true);
  const tracked = useCallProgress();
  const imp = useImportPreview(defaultUnitId, tracked);
  const { preview, opts, busy } = imp;

  const close = () => {
    tracked.cancel();
    imp.abandon();
    onClose();
  };

  // A list read and not saved yet (with the clerk's sheet and column choices) is asked about before closing.
  const guard = useCloseGuard({ open, dirty: !!preview, onClose: close });

  const commit = async () => {
    if (!preview) return;
    imp.setBusy(true);
    imp.setError(null);
    try {
      const remember = Object.values(opts.choices).some((c) => c.mapping);
      const r = await tracked.run('members.importCommit', {
        batchId: preview.batchId,
        ...importRequest(opts),
        skipErrors,
        rememberMapping: remember,
      });
      imp.clearSaved();
      onDone(r);
    } catch (e) {
      imp.setError(errorMessage(e));
    } finally {
      imp.setBusy(false);
    }
  };

  const taken = preview?.sheets.filter((s) => s.take) ?? [];
  const blocked = taken.find((s) => s.problem);
  const canSave = preview && !blocked && preview.counts.new > 0 && (skipErrors || preview.counts.error === 0);

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
      <ImportSource imp={imp} units={units} />
      <CallProgress progress={tracked.progress} onCancel={tracked.cancel} />
      {imp.error && <Alert type="error" showIcon message={imp.error} style={{ marginTop: 12 }} />}
      {preview && (
        <ImportPreviewBody
          preview={preview}
          imp={imp}
          units={units}
          blocked={blocked}
          skipErrors={skipErrors}
          onSkipErrors={setSkipErrors}
        />
      )}
    </Modal>
  );
}

/** The unit that receives the list, and the file to read. */
function ImportSource({ imp, units }: { imp: ReturnType<typeof useImportPreview>; units: { value: number; label: string }[] }) {
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>Nhập vào công đoàn cơ sở:</span>
        <Select
          style={{ width: 420 }}
          allowClear
          aria-label="Công đoàn cơ sở nhận danh sách"
          placeholder="Lấy theo cột “Đơn vị” hoặc tên trang trong tệp"
          showSearch={{ filterOption: foldedFilter }}
          options={units}
          disabled={imp.busy}
          value={imp.opts.unitId ?? undefined}
          onChange={(v) => (imp.preview ? imp.update({ ...imp.opts, unitId: v ?? null }) : imp.setOpts({ ...imp.opts, unitId: v ?? null }))}
        />
      </Space>
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={imp.busy}
        beforeUpload={(f) => (void imp.pick(f), false)}
      >
        {!imp.preview && (
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
        )}
        <p>
          {imp.fileName
            ? `Tệp đã chọn: ${imp.fileName} — bấm để chọn tệp khác`
            : 'Bấm để chọn tệp danh sách (.xlsx, .xls, .ods, .csv) hoặc kéo tệp vào đây'}
        </p>
        {!imp.preview && (
          <p className="muted">
            Phần mềm đọc mọi trang, tự tìm dòng tiêu đề (Họ và tên, Ngày sinh, Nam/Nữ, Số CCCD, Ngày vào CĐ…), đổi chữ gõ bằng phông
            .VnTime/VNI sang Unicode và bỏ qua dòng tiêu đề trang, dòng trống, dòng tổng cộng, chữ ký.
          </p>
        )}
      </Upload.Dragger>
    </>
  );
}
