import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { parseHash } from '../app/useHashRoute';

// Parameters after '?' in the hash route: '#/doan-vien?id=12'. Pages read them to open what another
// page (the search palette, the guide's links, the dashboard) asked for.

export function hashParam(name: string): string | null {
  return parseHash(window.location.hash).query.get(name);
}

/** The current value of one parameter, following the address. */
export function useHashParam(name: string): string | null {
  const [value, setValue] = useState(() => hashParam(name));
  useEffect(() => {
    const onHash = () => setValue(hashParam(name));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [name]);
  return value;
}

/** Removes one parameter from the address without a new history entry (and without a hashchange). */
function dropHashParam(name: string): void {
  const [route, query = ''] = window.location.hash.split('?');
  const params = new URLSearchParams(query);
  if (!params.has(name)) return;
  params.delete(name);
  const rest = params.toString();
  window.history.replaceState(window.history.state, '', `${route}${rest ? `?${rest}` : ''}`);
}

/**
 * A one-time request in the address, e.g. "open member 12": `open` runs when the page opens with
 * it or when the address changes to carry it; then the parameter is removed, so asking for the same
 * thing again (a second search for the same member) is a new request and a reload does not repeat it.
 */
export function useHashRequest(name: string, open: (value: string) => void): void {
  const openRef = useRef(open);
  useLayoutEffect(() => {
    openRef.current = open;
  });
  useEffect(() => {
    const take = () => {
      const value = hashParam(name);
      if (value === null) return;
      dropHashParam(name);
      openRef.current(value);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, [name]);
}

/** A positive whole number from a parameter, or null. */
export function idParam(value: string | null): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}
