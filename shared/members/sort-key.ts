// Vietnamese collation key for person names, usable in SQL `ORDER BY` (binary comparison) and in JS.
//
// Why not the folded key (foldVi)? Folding puts "Đức" among the "D…" names and "Ánh", "Ăn", "Ân"
// among "An…", which is fine for *search* but not for a printed list: in the Vietnamese alphabet
// ă, â, đ, ê, ô, ơ, ư are letters of their own (a < ă < â < b < c < d < đ < e < ê …). This key
// reproduces `Intl.Collator('vi')` (ICU's Vietnamese tailoring) closely:
//   primary   – letters of the Vietnamese alphabet in their order (tone marks ignored),
//   secondary – tone marks, in dictionary order: none < huyền < hỏi < ngã < sắc < nặng,
// and orders person names by given name (last word) first, then the rest left to right — the
// same order as `comparePersonNames` in shared/text/vi.ts wherever that function sees a
// difference, with ties (names differing only in tones or case) broken deterministically.

const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];

/** Primary weight per letter as one printable ASCII character ('A' + rank). Digits keep '0'–'9'. */
const PRIMARY = new Map<string, string>(ALPHABET.map((l, i) => [l, String.fromCharCode(0x41 + i)]));

/** Marks that make a different letter in Vietnamese (breve, circumflex, horn). */
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031b']);

/** Tone marks → secondary weight, in Vietnamese dictionary order (matches ICU 'vi'). */
const TONES: Record<string, string> = {
  '\u0300': '1', // huyền
  '\u0309': '2', // hỏi
  '\u0303': '3', // ngã
  '\u0301': '4', // sắc
  '\u0323': '5', // nặng
};

const SEGMENT_END = '\u0001'; // below space: a shorter name sorts before a longer one it starts
const SPACE = ' ';
const PUNCT = '"'; // punctuation sorts after space, before digits and letters (ICU non-ignorable)

interface Weights {
  primary: string;
  secondary: string;
}

/** Precomputed weights of every lower-case NFC letter of Vietnamese (with or without tone): the fast path. */
const FAST = new Map<string, [string, string]>();
for (const letter of ALPHABET) {
  FAST.set(letter, [PRIMARY.get(letter)!, '0']);
  for (const [mark, tone] of Object.entries(TONES)) {
    const composed = (letter.normalize('NFD') + mark).normalize('NFC');
    if (composed.length === 1) FAST.set(composed, [PRIMARY.get(letter)!, tone]);
  }
}
for (let d = 0; d <= 9; d++) FAST.set(String(d), [String(d), '0']);
FAST.set(' ', [SPACE, SPACE]);

function weigh(text: string): Weights {
  const lower = text.toLowerCase();
  let primary = '';
  let secondary = '';
  for (let i = 0; i < lower.length; i++) {
    const w = FAST.get(lower[i]);
    if (!w) return weighSlow(text);
    primary += w[0];
    secondary += w[1];
  }
  return { primary, secondary };
}

/** Any text: decomposed input, other scripts, punctuation. */
function weighSlow(text: string): Weights {
  const s = text.normalize('NFD').toLowerCase();
  let primary = '';
  let secondary = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch >= '\u0300' && ch <= '\u036f') continue; // marks handled with their base letter
    // Gather the combining marks following this base character.
    let letter = ch;
    let tone = '0';
    let j = i + 1;
    while (j < s.length && s[j] >= '\u0300' && s[j] <= '\u036f') {
      const m = s[j];
      if (LETTER_MARKS.has(m)) letter = (letter + m).normalize('NFC');
      else if (TONES[m]) tone = TONES[m];
      j++;
    }
    const p = PRIMARY.get(letter) ?? PRIMARY.get(letter.normalize('NFD')[0]);
    if (p) {
      primary += p;
      secondary += tone;
    } else if (ch >= '0' && ch <= '9') {
      primary += ch;
      secondary += '0';
    } else if (/\s/.test(ch)) {
      primary += SPACE;
      secondary += SPACE;
    } else if (/\p{L}/u.test(ch)) {
      // A letter outside the Vietnamese alphabet: after z, by code point.
      primary += String.fromCharCode(0x7b) + ch;
      secondary += '0';
    } else {
      primary += PUNCT;
      secondary += '0';
    }
  }
  return { primary, secondary };
}

/** Splits "Nguyễn Thị Thu Hà" into given name "Hà" and the rest "Nguyễn Thị Thu". */
export function splitPersonName(name: string): { given: string; rest: string } {
  const words = name
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .split(' ');
  const given = words.pop() ?? '';
  return { given, rest: words.join(' ') };
}

/**
 * Sort key for a person's name in Vietnamese order (given name first). Compare keys with plain
 * code-unit / binary comparison (`<`, SQLite's default BINARY collation).
 */
export function personCollationKey(name: string): string {
  const { given, rest } = splitPersonName(name);
  const g = weigh(given);
  const r = weigh(rest);
  return g.primary + SEGMENT_END + r.primary + SEGMENT_END + g.secondary + SEGMENT_END + r.secondary;
}

/** Lower-case NFC Vietnamese letters (and ASCII) → their folded form, for fastFoldVi. */
const FOLD = new Map<string, string>();
for (let c = 0x20; c < 0x7f; c++) FOLD.set(String.fromCharCode(c), String.fromCharCode(c).toLowerCase());
for (const ch of FAST.keys()) {
  const base = ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace('đ', 'd');
  FOLD.set(ch, base);
  FOLD.set(ch.toUpperCase(), base);
}

/**
 * Same result as foldVi (shared/text/vi.ts) — no diacritics, đ→d, lower case, single spaces —
 * about five times faster on ordinary names, falling back to foldVi for anything else.
 */
export function fastFoldVi(s: string, slow: (s: string) => string): string {
  let out = '';
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === ' ') {
      if (prevSpace) return slow(s);
      prevSpace = true;
      out += ' ';
      continue;
    }
    const f = FOLD.get(ch);
    if (f === undefined || f === ' ') return slow(s);
    prevSpace = false;
    out += f;
  }
  return prevSpace && s.length > 0 ? slow(s) : out;
}
