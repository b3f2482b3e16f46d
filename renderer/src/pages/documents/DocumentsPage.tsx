import { DocumentEditor } from './DocumentEditor';
import { DocumentsList } from './DocumentsList';
import { PrintView } from './PrintView';
import { useDocumentsView } from './useDocuments';
import './documents.css';

/** "Kế hoạch & văn bản": the list, the editor ('?id=') and the print view ('?in='). */
export function DocumentsPage() {
  const view = useDocumentsView();
  if (view.view === 'edit') return <DocumentEditor id={view.id} />;
  if (view.view === 'print') return <PrintView id={view.id} />;
  return <DocumentsList />;
}
