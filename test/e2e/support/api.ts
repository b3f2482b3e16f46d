import type { Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';

// The page's DOM, typed loosely: this file is compiled without the DOM library.
declare const document: { querySelector(sel: string): { content: string } | null };

/** Calls the app's API from inside the page (same token and origin as the UI), for test setup. */
export async function apiCall<M extends MethodName>(page: Page, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const r = (await page.evaluate(
    async ([m, body]) => {
      const token = document.querySelector('meta[name="api-token"]')!.content;
      const res = await fetch(`./api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-token': token },
        body: JSON.stringify(body),
      });
      return res.json();
    },
    [method, input] as const,
  )) as ApiResult<MethodResult<M>>;
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data;
}
