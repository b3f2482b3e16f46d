import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { parseHash, type HashRoute } from './hash-route';
import { mayLeave } from '../lib/unsaved';

// The one hash router of the app: pages read the address through `useHashRoute` (or react to it
// with `useOnHashChange`), go elsewhere with `navigate`, and rewrite it in place with `replaceRoute`.

export { parseHash, type HashRoute };

/** Listeners told when `replaceRoute` changes the address (the browser sends no hashchange then). */
const replaced = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  replaced.add(onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    replaced.delete(onChange);
  };
}

const currentHash = () => window.location.hash;

/** The current address, parsed. */
function currentRoute(): HashRoute {
  return parseHash(currentHash());
}

/** The current address read through `read` (a module-level function), re-read on every change. */
export function useHashRoute<T>(read: (route: HashRoute) => T): T {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => read(parseHash(hash)), [hash, read]);
}

/** Runs `onChange` once now and again after every change of the address. */
export function useOnHashChange(onChange: (route: HashRoute) => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const run = () => latest.current(currentRoute());
    run();
    return subscribe(run);
  }, []);
}

/**
 * Goes to an address inside the app ('#/van-ban?id=3'); the back button returns. With a form
 * holding unsaved edits (Settings, say) the clerk is asked first.
 */
export function navigate(href: string): void {
  void mayLeave().then((ok) => {
    if (ok) window.location.hash = href;
  });
}

/** Rewrites the address without a new history entry, so "back" skips it; readers follow it. */
export function replaceRoute(href: string): void {
  if (href === currentHash()) return;
  window.history.replaceState(window.history.state, '', href);
  for (const onChange of [...replaced]) onChange();
}
