// Vietnamese text typed with the pre-Unicode fonts and read as Windows-1252/Latin-1 characters:
// TCVN3 (ABC, fonts .VnTime, .VnTimeH…: one byte a letter) and VNI-Windows (fonts VNI-Times…: a
// base letter followed by a mark character). No well-kept npm converter exists, so the two tables
// are built here from the standards' layouts and tested letter by letter.

/** The tones in the order both layouts list them: none, sắc, huyền, hỏi, ngã, nặng. */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const withTone = (base: string, tone: number) => (base + TONES[tone]).normalize('NFC');

// ------------------------------------------------------------------------------------------------
// TCVN3: every lowercase letter has a code of its own (here as the Latin-1 character of that code);
// capitals without a tone mark have their own codes too; capitals with a tone come from the
// uppercase fonts (.VnTimeH), which draw the lowercase codes as capitals.

/** TCVN3 codes of each vowel with its tones (none, sắc, huyền, hỏi, ngã, nặng); the toneless vowel is ASCII or listed. */
const TCVN3_VOWELS: [string, number[]][] = [
  ['a', [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9]],
  ['ă', [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6]],
  ['â', [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb]],
  ['e', [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1]],
  ['ê', [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6]],
  ['i', [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde]],
  ['o', [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4]],
  ['ô', [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9]],
  ['ơ', [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee]],
  ['u', [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4]],
  ['ư', [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9]],
  ['y', [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe]],
];
const TCVN3_CAPITALS: [number, string][] = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xae, 'đ'],
];

/** Latin-1 character → Unicode letter (only the codes above 0x7F). */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [base, codes] of TCVN3_VOWELS) codes.forEach((c, tone) => c > 0x7f && m.set(String.fromCharCode(c), withTone(base, tone)));
  for (const [c, u] of TCVN3_CAPITALS) m.set(String.fromCharCode(c), u);
  return m;
})();

// ------------------------------------------------------------------------------------------------
// VNI-Windows: a base letter, then a mark character; ơ, ư, đ and some i/y forms are one character.

/** Mark characters for the tones after a plain vowel (lowercase; capitals are their uppercase). */
const VNI_TONE = ['', 'ù', 'ø', 'û', 'õ', 'ï'];
/** After a vowel with a circumflex (â ê ô): the circumflex and the tone in one character. */
const VNI_CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä'];
/** After a (breve): the breve and the tone in one character. */
const VNI_BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];
/** i with a tone is one character. */
const VNI_I = ['i', 'í', 'ì', 'æ', 'ó', 'ò'];

/** Every Vietnamese letter in VNI-Windows, lowercase: Unicode → VNI sequence. */
function vniLowercase(): [string, string][] {
  const out: [string, string][] = [];
  for (let t = 0; t < 6; t++) {
    for (const v of ['a', 'e', 'o', 'u', 'y']) out.push([withTone(v, t), v + VNI_TONE[t]]);
    out.push([withTone('â', t), 'a' + VNI_CIRCUMFLEX[t]]);
    out.push([withTone('ê', t), 'e' + VNI_CIRCUMFLEX[t]]);
    out.push([withTone('ô', t), 'o' + VNI_CIRCUMFLEX[t]]);
    out.push([withTone('ă', t), 'a' + VNI_BREVE[t]]);
    out.push([withTone('ơ', t), 'ô' + VNI_TONE[t]]);
    out.push([withTone('ư', t), 'ö' + VNI_TONE[t]]);
    out.push([withTone('i', t), VNI_I[t]]);
  }
  out.push(['đ', 'ñ']);
  // ỵ is one character.
  const yDot = out.findIndex(([u]) => u === 'ỵ');
  out[yDot] = ['ỵ', 'î'];
  return out.filter(([u, v]) => u !== v);
}

/** VNI sequence → Unicode letter, both cases; the longest sequences are matched first. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [u, v] of vniLowercase()) {
    m.set(v, u);
    m.set(v.toUpperCase(), u.toUpperCase());
    // "Aù": capital base letter with a lowercase mark, as typed at the start of a name.
    if (v.length === 2) m.set(v[0].toUpperCase() + v[1], u.toUpperCase());
  }
  return m;
})();

/** The VNI sequence of a Unicode letter (for tests and fixtures). */
export function toVni(text: string): string {
  const back = new Map<string, string>();
  for (const [u, v] of vniLowercase()) {
    back.set(u, v);
    back.set(u.toUpperCase(), v.toUpperCase());
  }
  return [...text.normalize('NFC')].map((c) => back.get(c) ?? c).join('');
}

/** The TCVN3 text of Unicode text (lowercase letters with tones only; for tests and fixtures). */
export function toTcvn3(text: string): string {
  const back = new Map([...TCVN3_TO_UNICODE].map(([k, v]) => [v, k]));
  return [...text.normalize('NFC')].map((c) => back.get(c) ?? c).join('');
}

// ------------------------------------------------------------------------------------------------
// Recognising the encoding of one text.

/** Symbols only TCVN3 text has (Vietnamese Unicode and VNI never use them), and the soft hyphen (ư). */
const TCVN3_SYMBOL = /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00d7\u00f7]/;
/** A capital Latin-1 letter inside a word that is not in capitals: a TCVN3 toned letter ("NguyÔn", "BÝch"). */
const TCVN3_MIDWORD = /[a-z][\u00c6-\u00de]|[A-Z][\u00c0-\u00de](?=[a-z])/;
/** A vowel followed by a VNI mark character (no Vietnamese Unicode word has these pairs). */
const VNI_PAIR = /[aeiouyôöAEIOUYÔÖ][ùøûõïÙØÛÕÏ]|[aeAE][âáàåãäÂÁÀÅÃÄ]|[oO][âåäÂÅÄ]|[aA][êéèúüëÊÉÈÚÜË]/;
/** Letters of Vietnamese Unicode beyond Latin-1: their presence means the text is Unicode already. */
const UNICODE_VI = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** Latin-1 characters that are not Vietnamese letters: left over, they show a wrong decoding. */
const NON_VI_LATIN1 =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** Which legacy encoding a text is in, or null for Unicode (or plain ASCII) text. */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (!/[\u00a0-\u00ff]/.test(text) || UNICODE_VI.test(text)) return null;
  const tcvn = TCVN3_SYMBOL.test(text) || TCVN3_MIDWORD.test(text);
  const vni = VNI_PAIR.test(text) || /(^|\s)Ñ[a-z]/.test(text);
  if (tcvn !== vni) return tcvn ? 'TCVN3' : 'VNI';
  if (!tcvn && !NON_VI_LATIN1.test(text)) return null; // only letters Unicode Vietnamese has too ("Hoà", "José")
  // Both signs or none: the decoding that leaves no stray character wins; a tie is left alone. Without
  // a sign, one odd letter is not enough ("Müller").
  const t = decodeTcvn3(text);
  const v = decodeVni(text);
  const changed = (d: string) => [...d].filter((c, i) => c !== text[i]).length;
  const tClean = !NON_VI_LATIN1.test(t) && plausible(t) && (tcvn || changed(t) >= 2);
  // A word starting with Ñ is VNI's Đ ("Ñình"); TCVN3 has no capital there.
  const vClean = !NON_VI_LATIN1.test(v) && plausible(v) && (vni || /(^|\s)Ñ/.test(text) || text.length - v.length + changed(v) >= 2);
  if (tClean !== vClean) return tClean ? 'TCVN3' : 'VNI';
  return null;
}

/**
 * A Vietnamese syllable carries one tone at most, and a word in lowercase has no capital after its
 * first letter: a decoding that breaks either is the wrong one.
 */
function plausible(decoded: string): boolean {
  return decoded.split(/\s+/).every((w) => {
    if ((w.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).length > 1) return false;
    const rest = w.slice(1);
    return rest === rest.toUpperCase() || rest === rest.toLowerCase();
  });
}

function decodeTcvn3(text: string): string {
  const out = [...text].map((c) => TCVN3_TO_UNICODE.get(c) ?? c).join('');
  // Typed with an uppercase font (.VnTimeH): the lowercase codes stand for capitals.
  // (Judged on the letters inside words: the first letter of a word is a capital in any font.)
  const inner = text.replace(/(^|\s)\S/g, '').replace(/[^A-Za-z]/g, '');
  return inner.length > 0 && inner === inner.toUpperCase() ? out.toUpperCase() : out;
}

function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const two = VNI_TO_UNICODE.get(text.slice(i, i + 2));
    if (two && i + 1 < text.length) {
      out += two;
      i++;
      continue;
    }
    out += VNI_TO_UNICODE.get(text[i]) ?? text[i];
  }
  return out;
}

/** The text in Unicode (NFC) and the encoding it was converted from, if any. */
export function fromLegacy(
  text: string,
  encoding: LegacyEncoding | null = detectLegacy(text),
): { text: string; from: LegacyEncoding | null } {
  if (!encoding) return { text, from: null };
  const decoded = encoding === 'TCVN3' ? decodeTcvn3(text) : decodeVni(text);
  return { text: decoded.normalize('NFC'), from: encoding };
}
