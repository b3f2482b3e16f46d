import { useCallback } from 'react';
import { documentCode } from '../../../../shared/documents/dates';
import { KIND_NAMES } from '../../../../shared/documents/model';
import { PrintFrame } from '../../components/PrintFrame';
import { DocumentSheet } from './DocumentSheet';
import { goToEditor, useDocument } from './useDocuments';

// The print view of a document: its A4 pages in the shared print frame.

export function PrintView({ id }: { id: number }) {
  const q = useDocument(id);
  // Back to where the clerk came from (the editor or the list); the editor when opened directly.
  const back = useCallback(() => (window.history.length > 1 ? window.history.back() : goToEditor(id)), [id]);

  const r = q.data;
  const name = r
    ? `${KIND_NAMES[r.kind]}${r.number !== null ? ` số ${documentCode(r.number, r.kind, r.doc.header.codeSuffix)}` : ' (dự thảo)'}`
    : '';
  return (
    <PrintFrame
      name={name}
      back={back}
      ready={!!r}
      error={q.error}
      keepPdfFor={r?.state === 'issued' ? r.id : undefined}
      hint="Khổ A4, lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm."
    >
      {r && <DocumentSheet doc={r.doc} />}
    </PrintFrame>
  );
}
