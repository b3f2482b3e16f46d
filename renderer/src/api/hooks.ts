import {
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import { call } from './client';
import { isStaleAfter } from './invalidation';

// The renderer's only way to read and change data through TanStack Query: query keys come from the
// method name and its input, and what a change makes stale is declared once in ./invalidation.

export { skipToken };

/** The query key of one method called with one input: `['units.list', { includeDissolved: true }]`. */
export function apiKey<M extends MethodName>(method: M, input?: MethodInput<M>): readonly unknown[] {
  return input === undefined ? [method] : [method, input];
}

export type ApiQueryOptions<M extends MethodName> = Omit<
  UseQueryOptions<MethodResult<M>, Error, MethodResult<M>, readonly unknown[]>,
  'queryKey' | 'queryFn'
>;

/** Reads `method` with `input`; pass `skipToken` as input while it is not known yet. */
export function useApi<M extends MethodName>(method: M, input: MethodInput<M> | typeof skipToken, options?: ApiQueryOptions<M>) {
  return useQuery({
    ...options,
    queryKey: input === skipToken ? apiKey(method) : apiKey(method, input),
    queryFn: input === skipToken ? skipToken : () => call(method, input),
  });
}

/** Puts a known result in the cache (e.g. the value a save returned) instead of fetching it again. */
export function setApiData<M extends MethodName>(qc: QueryClient, method: M, input: MethodInput<M>, data: MethodResult<M>): void {
  qc.setQueryData(apiKey(method, input), data);
}

/** Refetches every query made stale by a successful `method` (see ./invalidation). */
export function invalidateAfter(qc: QueryClient, method: MethodName): Promise<void> {
  return qc.invalidateQueries({ predicate: (q) => isStaleAfter(method, q.queryKey[0]) });
}

export type ApiMutationOptions<M extends MethodName> = Omit<
  UseMutationOptions<MethodResult<M>, Error, MethodInput<M>>,
  'mutationFn' | 'mutationKey'
> & {
  /** The query that the result is the new value of (input `{}`), e.g. 'settings.get' after 'settings.update'. */
  writes?: MethodName;
  /** Resolve `mutateAsync` only once the stale queries are fetched again (the screen then shows fresh data). */
  waitForRefresh?: boolean;
};

/**
 * Changes data with `method`; on success the cache is refreshed per ./invalidation before the
 * caller's own `onSuccess`. `mutateAsync` throws ApiCallError like `call`.
 */
export function useApiMutation<M extends MethodName>(method: M, options?: ApiMutationOptions<M>) {
  const qc = useQueryClient();
  const { writes, waitForRefresh, onSuccess, ...rest } = options ?? {};
  return useMutation({
    ...rest,
    mutationKey: [method],
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: async (data, input, onMutateResult, context) => {
      if (writes) qc.setQueryData(apiKey(writes, {} as MethodInput<typeof writes>), data);
      const refresh = invalidateAfter(qc, method);
      if (waitForRefresh) await refresh;
      return onSuccess?.(data, input, onMutateResult, context);
    },
  });
}

/** The office settings (name, signer, place…), read by many pages; one cache entry for all. */
export function useSettings() {
  return useApi('settings.get', {});
}
