import { Alert, App, Button, Modal, Upload } from 'antd';
import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ApiCallError, call, errorMessage } from '../../api/client';
import { fileToBase64, saveDownload } from '../../lib/files';

// The PDF kept beside an issued document's .docx, for sending. The server hands back the kept one
// or makes it with LibreOffice; where it cannot, the clerk is told how to make one from the print
// view and can attach the file saved there (or a signed scan), which is then kept.

export function IssuedPdfButton({ id }: { id: number }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string | null>(null);
  const [attaching, setAttaching] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      saveDownload(await call('documents.issuedPdf', { id }));
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CONFLICT') setMissing(e.message);
      else message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const attach = async (file: File) => {
    setAttaching(true);
    try {
      await call('documents.attachPdf', { id, file: { fileName: file.name, dataBase64: await fileToBase64(file) } });
      setMissing(null);
      message.success('Đã giữ bản PDF kèm văn bản. Lần sau bấm "Tải PDF" để lấy tệp gửi đi.');
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setAttaching(false);
    }
  };

  return (
    <>
      <Button icon={<FilePdfOutlined />} loading={busy} onClick={() => void download()}>
        Tải PDF
      </Button>
      <Modal
        open={missing !== null}
        title="Chưa có bản PDF để gửi"
        onCancel={() => setMissing(null)}
        footer={[
          <Button key="close" onClick={() => setMissing(null)}>
            Đóng
          </Button>,
          <Upload
            key="attach"
            accept=".pdf,application/pdf"
            multiple={false}
            showUploadList={false}
            beforeUpload={(f) => {
              void attach(f);
              return false;
            }}
          >
            <Button type="primary" icon={<PaperClipOutlined />} loading={attaching}>
              Đính kèm PDF đã lưu…
            </Button>
          </Upload>,
        ]}
      >
        <Alert type="info" showIcon message={missing} />
      </Modal>
    </>
  );
}
