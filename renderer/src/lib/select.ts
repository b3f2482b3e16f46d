import { foldVi } from '../../../shared/text/vi';

/** antd Select filter that ignores diacritics and case. */
export const foldedFilter = (input: string, option?: { label?: unknown }) => foldVi(String(option?.label ?? '')).includes(foldVi(input));
