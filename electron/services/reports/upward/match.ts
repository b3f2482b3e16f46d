// Matching the superior's row labels to the round's indicators when the file carries no codes:
// words compared without diacritics, rarer words weighing more (every label says "số", few say
// "tai nạn"), word pairs counting too ("lao động" is not "động lao"), sub-rows ("Trong đó: …",
// "- …") judged with their parent row, units that disagree (đồng against người) held against a
// match. Then each indicator goes to one row at most, best pairs first. Pure.
import { foldVi } from '../../../../shared/text/vi';
import { UPWARD_MIN_SCORE } from '../../../../shared/reports/upward-schema';
import type { IndicatorKind } from '../../../../shared/reports/parse-number';

export interface MatchIndicator {
  id: number;
  code: string;
  label: string;
  unit: string | null;
  kind: IndicatorKind;
}

export interface MatchRow {
  label: string;
  unit: string | null;
  /** The label of the row this one details ("Trong đó: …" under "Số đoàn viên được thăm hỏi"). */
  parentLabel: string | null;
}

const STOP = new Set([
  'so',
  'cac',
  'cua',
  'va',
  'duoc',
  'trong',
  'do',
  'cho',
  'the',
  'nhung',
  'la',
  'co',
  'da',
  'voi',
  'tai',
  'theo',
  've',
  'tu',
  'den',
  'nam',
  'ghi',
  'tom',
  'tat',
  'tong',
]);

/** "1.", "I.", "a)", "2.1.3", "-", "+", "*", "Trong đó:" at the start of a label, folded. */
const LEAD = /^(?:(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.)]\s+|\d+(?:\.\d+)+\s+|[-+*•–]\s*|trong do\s*[:,-]?\s*)+/;

/** The label as remembered and compared: folded, without its numbering or bullet. */
export function labelKey(label: string): string {
  return foldVi(label).replace(LEAD, '').trim();
}

/** A row that details the one above: "Trong đó:", a bullet, "a)". */
export function isSubRow(label: string): boolean {
  return /^(trong do|[-+*•–]|[a-z]\)|\d+(\.\d+){2,}\b)/.test(foldVi(label));
}

/** Abbreviations every union office writes, spelt out so that "ĐV, NLĐ" meets "đoàn viên, người lao động". */
const ABBREVIATIONS: Record<string, string> = {
  dv: 'doan vien',
  nld: 'nguoi lao dong',
  cnld: 'cong nhan lao dong',
  cnvcld: 'cong nhan vien chuc lao dong',
  cd: 'cong doan',
  cdcs: 'cong doan co so',
  nsdld: 'nguoi su dung lao dong',
  atvsld: 'an toan ve sinh lao dong',
  tnld: 'tai nan lao dong',
  bnn: 'benh nghe nghiep',
  tultt: 'thoa uoc lao dong tap the',
  vh: 'van hoa',
  tdtt: 'the duc the thao',
};

function words(label: string): string[] {
  return labelKey(label)
    .split(/[^a-z0-9%]+/)
    .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '))
    .filter((w) => w && !STOP.has(w));
}

function grams(ws: string[]): string[] {
  const out = [...new Set(ws)];
  for (let i = 0; i + 1 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]}`);
  return out;
}

const isMoneyUnit = (s: string) => /\b(dong|vnd|trieu|nghin|ngan|ty)\b|\bd\b/.test(s);

export class Matcher {
  private readonly weight = new Map<string, number>();
  private readonly grams: string[][];
  private readonly maxWeight: number;

  constructor(private readonly indicators: MatchIndicator[]) {
    this.grams = indicators.map((i) => grams(words(i.label)));
    const df = new Map<string, number>();
    for (const g of this.grams) for (const t of new Set(g)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = indicators.length || 1;
    this.maxWeight = Math.log(1 + n);
    for (const [t, d] of df) this.weight.set(t, Math.log(1 + n / d));
  }

  private w(t: string): number {
    return this.weight.get(t) ?? this.maxWeight;
  }

  /** Weighted overlap of two gram lists (Dice): 1 when they are the same words in the same order. */
  private overlap(a: string[], b: string[]): number {
    if (!a.length || !b.length) return 0;
    const setB = new Set(b);
    let common = 0;
    let total = 0;
    for (const t of a) {
      total += this.w(t);
      if (setB.has(t)) common += this.w(t);
    }
    for (const t of b) total += this.w(t);
    return total ? (2 * common) / total : 0;
  }

  private parentOf(i: number): MatchIndicator | null {
    const code = this.indicators[i].code;
    const at = code.lastIndexOf('.');
    if (at < 0) return null;
    return this.indicators.find((x) => x.code === code.slice(0, at)) ?? null;
  }

  /** 0–1: how well row `row` reads as indicator number `i`. */
  score(row: MatchRow, i: number): number {
    const ind = this.indicators[i];
    if (labelKey(row.label) === labelKey(ind.label) && labelKey(row.label)) return 1;
    const rowGrams = grams(words(row.label));
    let s = this.overlap(rowGrams, this.grams[i]);
    if (row.parentLabel && isSubRow(row.label)) {
      const parent = this.parentOf(i);
      const ps = parent ? this.overlap(grams(words(row.parentLabel)), grams(words(parent.label))) : 0;
      s = 0.7 * s + 0.3 * ps;
    }
    if (row.unit && ind.unit) {
      const ru = foldVi(row.unit);
      const iu = foldVi(ind.unit);
      if (ru === iu) s += 0.05;
      if (isMoneyUnit(ru) !== (ind.kind === 'money')) s -= 0.2;
      if ((ru === '%') !== (ind.kind === 'percent')) s -= 0.2;
    } else if (ind.kind === 'money' && row.unit === null && !/\b(tien|kinh phi|dong)\b/.test(foldVi(row.label))) {
      s -= 0.1;
    }
    return Math.max(0, Math.min(1, s));
  }

  /**
   * For each row: the chosen indicator (index) or null, its score, and the best alternatives.
   * `fixed` rows (remembered, matched by code) keep their indicator, which no other row gets.
   */
  assign(
    rows: MatchRow[],
    fixed: Map<number, number | null>,
  ): { chosen: number | null; score: number; alternatives: { i: number; score: number }[] }[] {
    const scores = rows.map((r) => this.indicators.map((_, i) => this.score(r, i)));
    const taken = new Set<number>([...fixed.values()].filter((v): v is number => v !== null));
    const chosen = new Map<number, number>();
    const pairs: { r: number; i: number; s: number }[] = [];
    rows.forEach((_, r) => {
      if (fixed.has(r)) return;
      scores[r].forEach((s, i) => {
        if (s >= UPWARD_MIN_SCORE) pairs.push({ r, i, s });
      });
    });
    pairs.sort((a, b) => b.s - a.s || a.r - b.r);
    for (const p of pairs) {
      if (chosen.has(p.r) || taken.has(p.i)) continue;
      chosen.set(p.r, p.i);
      taken.add(p.i);
    }
    return rows.map((_, r) => {
      const pick = fixed.has(r) ? fixed.get(r)! : (chosen.get(r) ?? null);
      const alternatives = scores[r]
        .map((s, i) => ({ i, score: Math.round(s * 100) / 100 }))
        .filter((a) => a.i !== pick && a.score >= 0.2)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
      return { chosen: pick, score: pick === null ? 0 : Math.round(scores[r][pick] * 100) / 100, alternatives };
    });
  }
}
