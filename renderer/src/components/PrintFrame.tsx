import { App, Button, Empty, Spin } from 'antd';
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { call, errorMessage } from '../api/client';

// The print view shell: the pages alone over the whole window, a toolbar with "Quay lại", "In…" and
// "Lưu PDF". window.print() opens the print dialog; print CSS (body.printing) hides everything else.
// "Lưu PDF" in the desktop app prints the view to an A4 PDF and asks where to save it; in a browser
// it opens the print dialog, where the clerk picks "Lưu dưới dạng PDF". Escape goes back.

interface Props {
  name: string;
  back: () => void;
  ready: boolean;
  error?: unknown;
  /** Extra controls after the print button (e.g. a date picker). */
  tools?: ReactNode;
  /** What the clerk should know about the page setup. */
  hint?: string;
  /** An issued document: the desktop app's PDF is also kept beside its .docx for sending. */
  keepPdfFor?: number;
  children: ReactNode;
}

/** A file name from the view's name: "Kế hoạch số 01/KH-LĐLĐ" → "Kế hoạch số 01-KH-LĐLĐ.pdf". */
function pdfFileName(name: string): string {
  const base = name
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${base || 'Ban in'}.pdf`;
}

export function PrintFrame({ name, back, ready, error, tools, hint = 'Khổ A4.', keepPdfFor, children }: Props) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const savePdf = async () => {
    if (!window.api) {
      message.info('Trong hộp thoại in, chọn máy in "Lưu dưới dạng PDF" (Save as PDF) rồi bấm Lưu.', 8);
      window.print();
      return;
    }
    setSaving(true);
    try {
      const r = await call('app.savePdf', { fileName: pdfFileName(name), keepForDocument: keepPdfFor });
      if (r.saved) message.success(`Đã lưu tệp PDF: ${r.filePath}`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  useEffect(() => {
    document.body.classList.add('printing');
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') back();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('printing');
      window.removeEventListener('keydown', onKey);
    };
  }, [back]);
  return createPortal(
    <div className="print-view" role="dialog" aria-label="Bản in">
      <div className="print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          Quay lại
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} disabled={!ready} onClick={() => window.print()}>
          In…
        </Button>
        <Button icon={<FilePdfOutlined />} disabled={!ready} loading={saving} onClick={() => void savePdf()}>
          Lưu PDF
        </Button>
        {tools}
        <span className="muted">
          {name && <b style={{ color: '#344054' }}>{name}. </b>}
          {hint}
        </span>
      </div>
      {error ? <Empty description={errorMessage(error)} /> : !ready ? <Spin style={{ display: 'block', margin: 40 }} /> : children}
    </div>,
    document.body,
  );
}
