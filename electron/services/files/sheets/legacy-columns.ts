// A column typed in TCVN3 or VNI, found from its characters where the file does not say which
// font a cell uses (.xls, .ods, .csv, or .xlsx written without fonts): some of its cells are
// certainly legacy text ("NguyÔn"), others are ambiguous on their own ("Huúnh" is TCVN3 "Huỳnh"
// but could be Latin text). When a column's certain cells agree, every text cell of the column is
// marked with that encoding, as its font would have.
import { detectLegacy, type LegacyEncoding } from '../../../../shared/text/legacy-vn';
import type { SheetData } from './types';

const UNICODE_VI = /[\u1ea0-\u1ef9\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0]/;
const NON_ASCII = /[\u0080-\uffff]/;

export function markLegacyColumns(sheet: SheetData): void {
  const votes = new Map<number, { TCVN3: number; VNI: number; unicode: number }>();
  for (let r = 1; r <= sheet.lastRow; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 1; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || !NON_ASCII.test(v)) continue;
      let vote = votes.get(c);
      if (!vote) votes.set(c, (vote = { TCVN3: 0, VNI: 0, unicode: 0 }));
      if (UNICODE_VI.test(v)) vote.unicode++;
      else {
        const enc = detectLegacy(v);
        if (enc) vote[enc]++;
      }
    }
  }
  const marked = new Map<number, LegacyEncoding>();
  for (const [c, v] of votes) {
    const enc: LegacyEncoding = v.TCVN3 >= v.VNI ? 'TCVN3' : 'VNI';
    const n = v[enc];
    // Several certain cells, one encoding, and Unicode Vietnamese rare beside them.
    if (n >= 2 && v[enc === 'TCVN3' ? 'VNI' : 'TCVN3'] * 4 <= n && v.unicode * 3 <= n) marked.set(c, enc);
  }
  if (!marked.size) return;
  for (let r = 1; r <= sheet.lastRow; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (const [c, legacy] of marked) {
      const v = row[c];
      if (typeof v === 'string' && NON_ASCII.test(v) && !UNICODE_VI.test(v)) row[c] = { legacy, text: v };
    }
  }
}
