import { LEVELS } from './office-text';
import { textWidthPt, type FontStyle } from './text-measure';

// Line breaks for centred names and titles, chosen the way a clerk sets them: as few lines as the
// column allows, lines of even length (no lone short tail), and breaks between the parts of a name
// ('LIÊN ĐOÀN LAO ĐỘNG / TỈNH KIÊN GIANG') rather than inside a word or a place name. Vietnamese
// writes every syllable apart, so "words" here are syllables and the known two-syllable words are
// listed. A line break typed by the clerk always stays.

/** Fonts are measured without kerning and renderers round; keep a little room so no line rewraps. */
const FIT = 0.98;

/** Syllable pairs that are one word in office names: breaking between them reads badly. */
const WORDS = new Set(
  [
    'liên đoàn',
    'lao động',
    'công đoàn',
    'việt nam',
    'viên chức',
    'cơ sở',
    'ủy ban',
    'nhân dân',
    'giáo dục',
    'y tế',
    'công an',
    'quân sự',
    'doanh nghiệp',
    'công ty',
    'trách nhiệm',
    'hữu hạn',
    'cổ phần',
    'bệnh viện',
    'trường học',
    'khu công',
    'công nghiệp',
    'thường vụ',
    'chấp hành',
    'thành viên',
    'xổ số',
    'kiến thiết',
    'sản xuất',
    'thương mại',
    'dịch vụ',
    'đầu tư',
    'phát triển',
    'xây dựng',
    'trung học',
    'tiểu học',
    'mầm non',
    'phổ thông',
    'hành chính',
    'sự nghiệp',
    'trung tâm',
    'ngân hàng',
    'điện lực',
    'hợp tác',
    'hoạt động',
    'hành động',
    'công nhân',
    'đoàn viên',
    'an toàn',
    'vệ sinh',
    'tổ chức',
    'triển khai',
    'thực hiện',
    'kế hoạch',
    'báo cáo',
    'hướng dẫn',
    'kỷ niệm',
    'năm học',
    ...LEVELS.filter((l) => l.includes(' ')),
  ].map((w) => w.normalize('NFC')),
);

const LEVEL_WORDS = LEVELS.map((l) => l.split(' '));

/** Cost of a break before word j, in the same scale as a line's squared slack (0–1). */
const PENALTY = {
  plain: 0.05,
  beforeLevel: 0,
  insideWord: 0.6,
  afterLevel: 1,
  insidePlace: 0.4,
  loneShortWord: 1,
  extraLine: 0.5,
} as const;

const lower = (s: string) => s.toLocaleLowerCase('vi');

/** Index after the level phrase that starts at word i, or -1. */
function levelEnd(words: readonly string[], i: number): number {
  for (const level of LEVEL_WORDS) {
    if (level.every((w, k) => lower(words[i + k] ?? '') === w)) return i + level.length;
  }
  return -1;
}

function breakPenalties(words: readonly string[]): number[] {
  const out = words.map((): number => PENALTY.plain);
  let placeFrom = Infinity;
  words.forEach((_w, i) => {
    const end = levelEnd(words, i);
    if (end < 0 || i === 0) return;
    out[i] = Math.min(out[i], PENALTY.beforeLevel);
    if (end < words.length) out[end] = PENALTY.afterLevel;
    placeFrom = end;
  });
  for (let j = 1; j < words.length; j++) {
    if (WORDS.has(lower(`${words[j - 1]} ${words[j]}`))) out[j] = Math.max(out[j], PENALTY.insideWord);
    if (j > placeFrom) out[j] = Math.max(out[j], PENALTY.insidePlace);
  }
  return out;
}

/** Fewest lines a greedy fill needs (a word wider than the column gets a line of its own). */
function fewestLines(widths: readonly number[], space: number, limit: number): number {
  let lines = 1;
  let used = -space;
  for (const w of widths) {
    if (used + space + w > limit && used > 0) {
      lines++;
      used = w;
    } else used += space + w;
  }
  return lines;
}

/** One paragraph (no forced break) as balanced lines. */
function breakParagraph(text: string, style: FontStyle, widthPt: number): string[] {
  const words = text.split(' ').filter(Boolean);
  const limit = widthPt * FIT;
  if (words.length < 2 || textWidthPt(text, style) <= limit) return [words.join(' ')];
  const widths = words.map((w) => textWidthPt(w, style));
  const space = textWidthPt(' ', style);
  const penalties = breakPenalties(words);
  const n = words.length;
  const lines = fewestLines(widths, space, limit);

  const lineCost = (i: number, j: number): number => {
    const width = widths.slice(i, j).reduce((a, b) => a + b, 0) + (j - i - 1) * space;
    if (width > limit) return j - i === 1 ? 0 : Infinity;
    const slack = (limit - width) / limit;
    const lone = j - i === 1 && width < limit * 0.35 ? PENALTY.loneShortWord : 0;
    return slack * slack + lone;
  };
  // best[m][j]: least cost of words [0, j) set in m lines; from[m][j]: where its last line starts.
  // One line more than the fewest is tried too: a clerk takes it rather than split a word.
  const most = Math.min(n, lines + 1);
  const best = Array.from({ length: most + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: most + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0][0] = 0;
  for (let m = 1; m <= most; m++) {
    for (let j = m; j <= n; j++) {
      for (let i = m - 1; i < j; i++) {
        if (best[m - 1][i] === Infinity) continue;
        const cost = best[m - 1][i] + lineCost(i, j) + (i > 0 ? penalties[i] : 0);
        if (cost < best[m][j]) {
          best[m][j] = cost;
          from[m][j] = i;
        }
      }
    }
  }
  let chosen = lines;
  if (most > lines && best[most][n] + PENALTY.extraLine < best[lines][n]) chosen = most;
  const out: string[] = [];
  for (let m = chosen, j = n; m > 0; j = from[m][j], m--) out.unshift(words.slice(from[m][j], j).join(' '));
  return out;
}

/**
 * `text` as the lines to print, centred, in a column `widthPt` wide: each line the clerk typed
 * (a newline in the text) is kept and, when too long, broken into balanced lines.
 */
export function breakBalanced(text: string, style: FontStyle, widthPt: number): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((line) => breakParagraph(line, style, widthPt));
}

/** Width in points of the longest of `lines`. */
export function longestLinePt(lines: readonly string[], style: FontStyle): number {
  return Math.max(0, ...lines.map((l) => textWidthPt(l, style)));
}
