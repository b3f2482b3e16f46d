import { useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DocumentSheet } from './DocumentSheet';
import type { EditorDoc } from './editor-model';

/** Width of an A4 sheet in CSS pixels (210 mm). */
const SHEET_PX = 794;

/** The editor's A4 preview: as wide as its pane allows, follows the block being edited. */
export function PreviewPane({ doc, focusIndex }: { doc: EditorDoc; focusIndex: number | null }) {
  const previewDoc = useDeferredValue(doc);
  const pane = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(0.6);
  useLayoutEffect(() => {
    const el = pane.current;
    if (!el) return;
    const fit = () => setZoom(Math.max(0.35, Math.min(1, (el.clientWidth - 40) / SHEET_PX)));
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    if (focusIndex === null) return;
    pane.current?.querySelector(`.doc-sheet:first-child [data-block="${focusIndex}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focusIndex, previewDoc]);

  return (
    <div className="doc-editor-right" ref={pane} aria-label="Xem trước bản in">
      <div className="doc-preview-bar">
        <span>Xem trước khổ A4 (như khi in)</span>
        <span>{Math.round(zoom * 100)}%</span>
      </div>
      <div className="doc-preview-scale" style={{ ['--doc-zoom' as string]: zoom }}>
        <DocumentSheet doc={previewDoc} highlight={focusIndex} />
      </div>
    </div>
  );
}
