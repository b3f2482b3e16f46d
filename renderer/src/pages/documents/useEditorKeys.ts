import { useEffect } from 'react';

/** Ctrl+S saves (a version kept for good); Ctrl+P opens the print view instead of printing the editor. */
export function useEditorKeys({ save, print, readOnly }: { save: () => void; print: () => void; readOnly: boolean }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 's') {
        e.preventDefault();
        if (!readOnly) save();
      } else if (k === 'p') {
        e.preventDefault();
        print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, print, readOnly]);
}
