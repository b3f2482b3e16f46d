import type { Annex, Block } from '../../shared/documents/model';
import { REPORT_FORM_SIGNATURES } from '../../shared/documents/round-annex';

// Short builders for writing templates by hand.

export const h1 = (text: string): Block => ({ type: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ type: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ type: 'heading', level: 3, text });
export const p = (text: string): Block => ({ type: 'paragraph', text });
export const b = (text: string): Block => ({ type: 'bullet', text });
export const pt = (text: string): Block => ({ type: 'point', text });

/**
 * The results form sent to grassroots units with a Tháng Công nhân plan or guidance. Its rows are
 * not written here: they are generated from the reporting round's indicators (the default set
 * until a round is created from the document), see shared/documents/round-annex.ts.
 */
export function reportAnnex(title: string): Annex {
  return { title, note: null, source: 'report-round', blocks: [], signatures: REPORT_FORM_SIGNATURES };
}
