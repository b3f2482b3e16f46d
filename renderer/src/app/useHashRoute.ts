import { useMemo, useSyncExternalStore } from 'react';
import { parseHash, type HashRoute } from './hash-route';

// The one hash router of the app: pages read the address through `useHashRoute` and go elsewhere
// with `navigate`.

export { parseHash, type HashRoute };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current address read through `read` (a module-level function), re-read on every hash change. */
export function useHashRoute<T>(read: (route: HashRoute) => T): T {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => read(parseHash(hash)), [hash, read]);
}

/** Goes to an address inside the app ('#/van-ban?id=3'); the back button returns. */
export function navigate(href: string): void {
  window.location.hash = href;
}
