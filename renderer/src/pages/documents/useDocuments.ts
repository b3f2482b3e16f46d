import type { MethodInput } from '../../../../shared/api/contract';
import { useApi } from '../../api/hooks';
import { navigate, useHashRoute, type HashRoute } from '../../app/useHashRoute';

// Data hooks and the page's own little router: '#/van-ban' (list), '#/van-ban?id=12' (editor),
// '#/van-ban?in=12' (print view). The app's router only looks at the part before '?'.

export type DocumentsView = { view: 'list' } | { view: 'edit'; id: number } | { view: 'print'; id: number };

function fromHash({ query }: HashRoute): DocumentsView {
  const edit = Number(query.get('id'));
  const print = Number(query.get('in'));
  if (Number.isInteger(print) && print > 0) return { view: 'print', id: print };
  if (Number.isInteger(edit) && edit > 0) return { view: 'edit', id: edit };
  return { view: 'list' };
}

export function useDocumentsView(): DocumentsView {
  return useHashRoute(fromHash);
}

export const goToList = () => navigate('#/van-ban');
export const goToEditor = (id: number) => navigate(`#/van-ban?id=${id}`);
export const goToPrint = (id: number) => navigate(`#/van-ban?in=${id}`);

export function useDocumentList(filter: MethodInput<'documents.list'>) {
  return useApi('documents.list', filter, { placeholderData: (prev) => prev });
}

export function useDocument(id: number) {
  return useApi('documents.get', { id }, { staleTime: Infinity });
}

export function useTemplates() {
  return useApi('documents.templates', {});
}
