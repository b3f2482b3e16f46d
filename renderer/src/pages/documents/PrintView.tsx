import { Button, Empty, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useCallback, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { documentCode } from '../../../../shared/documents/dates';
import { KIND_NAMES } from '../../../../shared/documents/model';
import { errorMessage } from '../../api/client';
import { DocumentSheet } from './DocumentSheet';
import { goToEditor, useDocument } from './useDocuments';

// The print view: the document alone on A4 pages, over the whole window. window.print() opens the
// print dialog (in the desktop app the system dialog, where "Microsoft Print to PDF" saves a PDF);
// print CSS hides everything else and sets the official margins.

export function PrintView({ id }: { id: number }) {
  const q = useDocument(id);
  // Back to where the clerk came from (the editor or the list); the editor when opened directly.
  const back = useCallback(() => (window.history.length > 1 ? window.history.back() : goToEditor(id)), [id]);

  useEffect(() => {
    document.body.classList.add('printing');
    return () => document.body.classList.remove('printing');
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') back();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [back]);

  const r = q.data;
  const name = r ? `${KIND_NAMES[r.kind]}${r.number !== null ? ` số ${documentCode(r.number, r.kind, r.doc.header.codeSuffix)}` : ' (dự thảo)'}` : '';
  return createPortal(
    <div className="print-view" role="dialog" aria-label="Bản in">
      <div className="print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          Quay lại
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} disabled={!r} onClick={() => window.print()}>
          In…
        </Button>
        <span className="muted">
          {name && <b style={{ color: '#344054' }}>{name}. </b>}
          Khổ A4, lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm. Muốn có tệp PDF, chọn máy in "Lưu dưới dạng PDF" (Microsoft Print to PDF) trong hộp thoại in.
        </span>
      </div>
      {q.error && <Empty description={errorMessage(q.error)} />}
      {!r && !q.error && <Spin style={{ display: 'block', margin: 40 }} />}
      {r && <DocumentSheet doc={r.doc} />}
    </div>,
    document.body,
  );
}
