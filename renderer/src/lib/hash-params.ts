import { useRef } from 'react';
import { replaceRoute, useOnHashChange } from '../app/useHashRoute';

// Parameters after '?' in the hash route: '#/doan-vien?id=12'. Pages read them to open what another
// page (the search palette, the guide's links, the dashboard) asked for.

/** Removes one parameter from the address without a new history entry. */
function dropHashParam(name: string): void {
  const [route, query = ''] = window.location.hash.split('?');
  const params = new URLSearchParams(query);
  if (!params.has(name)) return;
  params.delete(name);
  const rest = params.toString();
  replaceRoute(`${route}${rest ? `?${rest}` : ''}`);
}

/**
 * A one-time request in the address, e.g. "open member 12": `open` runs when the page opens with
 * it or when the address changes to carry it; then the parameter is removed, so asking for the same
 * thing again (a second search for the same member) is a new request and a reload does not repeat it.
 */
export function useHashRequest(name: string, open: (value: string) => void): void {
  // The page the hook lives on is the page shown when it mounts; a request in the address of the
  // page being opened next ('#/cong-doan-co-so?id=5' while the member page is still up) is not ours.
  const home = useRef<string | null>(null);
  useOnHashChange((route) => {
    home.current ??= route.page;
    if (route.page !== home.current) return;
    const value = route.query.get(name);
    if (value === null) return;
    dropHashParam(name);
    open(value);
  });
}

/** A positive whole number from a parameter, or null. */
export function idParam(value: string | null): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}
