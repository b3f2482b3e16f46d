import { useCallback, useEffect, useRef, useState } from 'react';
import type { Member } from '../../../../shared/members/schema';
import type { MethodInput } from '../../../../shared/api/contract';
import { call, errorMessage } from '../../api/client';
import { takeArrived, takePrefetched } from '../../api/prefetch';
import { PAGE_SIZE, pageInput } from './list-filter';

/**
 * Loads a filtered member list page by page as rows scroll into view, so 100,000 members need
 * only the visible pages in memory. A filter change starts over.
 */
export function useMemberPages(filter: MethodInput<'members.list'>) {
  const key = JSON.stringify(filter);
  // The list the app opened on may come with its first page already here (asked for at start,
  // app/first-screen.ts): it is then shown by the first render, not by a second one.
  const [opening] = useState(() => takeArrived('members.list', pageInput(filter, 0)));
  const [firstPages] = useState(() => new Map<number, Member[]>(opening ? [[0, opening.items]] : []));
  const pages = useRef(firstPages);
  /** The filter whose pages `pages` holds (or is loading). */
  const shown = useRef<string | null>(opening ? key : null);
  const [total, setTotal] = useState<number | null>(opening?.total ?? null);
  const [error, setError] = useState<string | null>(null);
  const [, force] = useState(0);
  const loading = useRef(new Set<number>());
  const generation = useRef(0);

  const load = useCallback(
    async (page: number) => {
      if (pages.current.has(page) || loading.current.has(page)) return;
      const gen = generation.current;
      loading.current.add(page);
      try {
        const input = pageInput(JSON.parse(key) as MethodInput<'members.list'>, page);
        // The opening page may have been asked for at start, while this code was still loading.
        const r = await (takePrefetched('members.list', input) ?? call('members.list', input));
        if (gen !== generation.current) return;
        pages.current.set(page, r.items);
        setTotal(r.total);
        setError(null);
        force((n) => n + 1);
      } catch (e) {
        if (gen === generation.current) setError(errorMessage(e));
      } finally {
        loading.current.delete(page);
      }
    },
    [key],
  );

  const reload = useCallback(() => {
    generation.current += 1;
    pages.current = new Map();
    loading.current = new Set();
    void load(0);
  }, [load]);

  useEffect(() => {
    // The first page came with the first render, or the effect runs again for the same filter
    // (React's development checks): nothing to start over.
    if (shown.current === key) return;
    shown.current = key;
    generation.current += 1;
    pages.current = new Map();
    loading.current = new Set();
    setTotal(null);
    void load(0);
  }, [key, load]);

  const rowAt = (i: number): Member | undefined => pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE];
  const ensure = (from: number, to: number) => {
    for (let p = Math.floor(from / PAGE_SIZE); p <= Math.floor(to / PAGE_SIZE); p++) void load(p);
  };
  return { total, error, rowAt, ensure, reload };
}
