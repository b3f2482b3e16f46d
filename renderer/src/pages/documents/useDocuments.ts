import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';

// Data hooks and the page's own little router: '#/van-ban' (list), '#/van-ban?id=12' (editor),
// '#/van-ban?in=12' (print view). The app's router only looks at the part before '?'.

export type DocumentsView = { view: 'list' } | { view: 'edit'; id: number } | { view: 'print'; id: number };

function fromHash(): DocumentsView {
  const query = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const edit = Number(query.get('id'));
  const print = Number(query.get('in'));
  if (Number.isInteger(print) && print > 0) return { view: 'print', id: print };
  if (Number.isInteger(edit) && edit > 0) return { view: 'edit', id: edit };
  return { view: 'list' };
}

export function useDocumentsView(): DocumentsView {
  const [view, setView] = useState<DocumentsView>(fromHash);
  useEffect(() => {
    const onHash = () => setView(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return view;
}

export const goToList = () => (window.location.hash = '#/van-ban');
export const goToEditor = (id: number) => (window.location.hash = `#/van-ban?id=${id}`);
export const goToPrint = (id: number) => (window.location.hash = `#/van-ban?in=${id}`);

export function useDocumentList(filter: MethodInput<'documents.list'>) {
  return useQuery({ queryKey: ['documents.list', filter], queryFn: () => call('documents.list', filter), placeholderData: (prev) => prev });
}

export function useDocument(id: number) {
  return useQuery({ queryKey: ['documents.get', id], queryFn: () => call('documents.get', { id }), staleTime: Infinity });
}

export function useTemplates() {
  return useQuery({ queryKey: ['documents.templates'], queryFn: () => call('documents.templates', {}) });
}

export function useOffice() {
  return useQuery({ queryKey: ['settings.get'], queryFn: () => call('settings.get', {}) });
}

/** Refreshes lists after a change (the open document is managed by the editor itself). */
export function useInvalidateDocuments() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['documents.list'] });
    void qc.invalidateQueries({ queryKey: ['documents.templates'] });
    void qc.invalidateQueries({ queryKey: ['documents.versions'] });
  };
}
