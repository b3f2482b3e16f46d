import { useEffect, useEffectEvent } from 'react';

/** True while a dialog or drawer is open: Ctrl+N then belongs to it, not to the list behind. */
export function layerOpen(): boolean {
  return [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap, .ant-drawer-content-wrapper')].some((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  });
}

/** Ctrl+N (⌘N) on a list page: adds a new item, the same on every list. */
export function useNewShortcut(onNew: () => void): void {
  const fire = useEffectEvent(onNew);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'n') return;
      // The browser's "new window" is never what the clerk means inside the app.
      e.preventDefault();
      if (!layerOpen()) fire();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
