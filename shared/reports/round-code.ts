import { foldVi } from '../text/vi';

// Codes of reporting rounds (TCN2024): short, ASCII, written into every template's file name.

/** "Kết quả Tháng Công nhân năm 2024" → "TCN2024"; other names → initials + year. */
export function suggestRoundCode(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd');
  const year = /(19|20)\d{2}/.exec(plain)?.[0] ?? '';
  if (/thang cong nhan/i.test(plain)) return `TCN${year}`;
  const words = plain
    .replace(/(19|20)\d{2}/g, ' ')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && !/^(ket|qua|nam|bao|cao|va|cua)$/i.test(w));
  return `${words
    .slice(0, 5)
    .map((w) => w[0]!.toUpperCase())
    .join('')}${year}`.slice(0, 20);
}

/** `base`, or `base-2`, `base-3`… when another round already has it (codes are compared folded, as stored). */
export function freeRoundCode(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map(foldVi));
  const stem = base || 'DOT';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const code = `${stem.slice(0, 20 - suffix.length)}${suffix}`;
    if (!used.has(foldVi(code))) return code;
  }
}
