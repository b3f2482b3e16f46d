import { Button, Empty, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { errorMessage } from '../api/client';

// The print view shell: the pages alone over the whole window, a toolbar with "Quay lại" and "In…".
// window.print() opens the print dialog (in the desktop app the system dialog, where "Microsoft
// Print to PDF" saves a PDF); print CSS (body.printing) hides everything else. Escape goes back.

interface Props {
  name: string;
  back: () => void;
  ready: boolean;
  error?: unknown;
  /** Extra controls after the print button (e.g. a date picker). */
  tools?: ReactNode;
  /** What the clerk should know about the page setup. */
  hint?: string;
  children: ReactNode;
}

export function PrintFrame({ name, back, ready, error, tools, hint = 'Khổ A4.', children }: Props) {
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
        {tools}
        <span className="muted">
          {name && <b style={{ color: '#344054' }}>{name}. </b>}
          {hint} Muốn có tệp PDF, chọn máy in "Lưu dưới dạng PDF" (Microsoft Print to PDF) trong hộp thoại in.
        </span>
      </div>
      {error ? <Empty description={errorMessage(error)} /> : !ready ? <Spin style={{ display: 'block', margin: 40 }} /> : children}
    </div>,
    document.body,
  );
}
