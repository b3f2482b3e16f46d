import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentRecord } from '../../../../shared/documents/api';
import { compactDocument } from '../../../../shared/documents/editing';
import { call, errorMessage } from '../../api/client';
import { apiKey, invalidateAfter } from '../../api/hooks';
import { createAutosave, type SaveStatus } from './autosave';
import { fromEditorDoc, toEditorDoc, type EditorDoc } from './editor-model';
import type { DocUpdate } from './HeaderFields';

/** Autosave waits this long after the last keystroke. */
const AUTOSAVE_MS = 1000;

/**
 * The open document while the clerk edits it, saved by itself (see ./autosave): nothing typed is
 * lost when leaving the editor or the page, and in the browser closing the tab asks first while a
 * save is pending.
 */
export function useAutosave(initial: DocumentRecord) {
  const qc = useQueryClient();
  const id = initial.id;
  const [record, setRecord] = useState(initial);
  const [doc, setDoc] = useState<EditorDoc>(() => toEditorDoc(initial.doc));
  const [year, setYear] = useState(initial.year);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: initial.updatedAt });

  const latest = useRef({ doc, year });
  latest.current = { doc, year };
  const [engine] = useState(() =>
    createAutosave({
      delayMs: AUTOSAVE_MS,
      onStatus: setStatus,
      describeError: errorMessage,
      save: async (manual) => {
        const { doc: current, year: currentYear } = latest.current;
        const r = await call('documents.save', { id, doc: compactDocument(fromEditorDoc(current)), year: currentYear, manual });
        setRecord((rec) => ({ ...rec, title: current.title, kind: current.kind, year: currentYear, updatedAt: r.updatedAt }));
        void invalidateAfter(qc, 'documents.save');
        return r.updatedAt;
      },
    }),
  );

  const flush = useCallback((manual = false) => engine.flush(manual), [engine]);

  const update: DocUpdate = useCallback(
    (fn) => {
      setDoc((d) => fn(d));
      engine.changed();
    },
    [engine],
  );

  const changeYear = (y: number) => {
    setYear(y);
    update((d) => d);
  };

  useEffect(() => {
    const onHide = () => {
      if (engine.dirty) void engine.flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (window.api || (!engine.dirty && !engine.saving)) return;
      void engine.flush();
      e.preventDefault();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (engine.dirty) void engine.flush();
      qc.removeQueries({ queryKey: apiKey('documents.get', { id }) });
    };
  }, [engine, qc, id]);

  /** Shows another state of the document (issued, a version restored); pending changes are dropped. */
  const load = (r: DocumentRecord) => {
    engine.discard();
    setRecord(r);
    setDoc(toEditorDoc(r.doc));
    setYear(r.year);
    setStatus({ kind: 'saved', at: r.updatedAt });
  };

  return { record, doc, year, status, update, changeYear, flush, load, discard: engine.discard };
}
