// Vietnamese text helpers shared by every layer: normalisation, folding for search, collation.

/** Unicode NFC, the only form we store. */
export function nfc(s: string): string {
  return MAY_CHANGE_IN_NFC.test(s) ? s.normalize('NFC') : s;
}

/**
 * Every character below U+0300 (the first combining mark) is already in NFC whatever follows it,
 * so text without one is returned as it is: ICU takes ~100 ms to confirm that of the 7 MB of
 * base64 a 50,000-row list arrives as, the test a few.
 */
const MAY_CHANGE_IN_NFC = /[\u0300-\uffff]/;

/** Trims and collapses runs of white space (incl. non-breaking spaces pasted from Word/PDF). */
export function cleanSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** NFC + clean spaces: what every free-text field goes through before it is stored. */
export function cleanText(s: string): string {
  return cleanSpaces(nfc(s));
}

/**
 * NFC + clean spaces line by line, keeping the line breaks (blank lines dropped): for a name the
 * clerk breaks by hand where it should wrap in the document header.
 */
export function cleanLines(s: string): string {
  return nfc(s)
    .split(/\r\n|\r|\n/)
    .map(cleanSpaces)
    .filter(Boolean)
    .join('\n');
}

/** The same text on one line: for places that print a name inside a sentence or a cell. */
export function oneLine(s: string): string {
  return cleanSpaces(s);
}

/**
 * Search key: NFD, strip combining marks, đ→d, lower case, single spaces.
 * "Nguyễn Văn Đức" → "nguyen van duc".
 */
export function foldVi(s: string): string {
  return cleanSpaces(
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase(),
  );
}

/** Recursively NFC-normalises every string in a JSON-like value (API boundary). */
export function normalizeDeep<T>(value: T, maxDepth = MAX_INPUT_DEPTH): T {
  return normalizeAt(value, maxDepth) as T;
}

/** Deeper than any input of the API contract (a document's table cells sit about 8 levels down). */
export const MAX_INPUT_DEPTH = 32;

/** Keys that could reach an object's prototype; never part of the contract, dropped before validation. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Thrown by normalizeDeep for input nested deeper than maxDepth. */
export class InputTooDeep extends Error {}

function normalizeAt(value: unknown, depthLeft: number): unknown {
  if (typeof value === 'string') return nfc(value);
  if (value === null || typeof value !== 'object') return value;
  if (depthLeft <= 0) throw new InputTooDeep();
  if (Array.isArray(value)) return value.map((v) => normalizeAt(v, depthLeft - 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  // A null-prototype record filled with defineProperty: no key, not even "__proto__", can change
  // what the object inherits.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (UNSAFE_KEYS.has(k)) continue;
    Object.defineProperty(out, k, { value: normalizeAt(v, depthLeft - 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// Made on first use: ICU loads its Vietnamese rules then (some 10 ms in Chromium on a two-core PC), and the window
// evaluates this module on its way to the first screen, which compares nothing.
let made: Intl.Collator | undefined;
const collator = (): Intl.Collator => (made ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true }));

/** Vietnamese collation for general text (unit names, places). */
export function compareVi(a: string, b: string): number {
  return collator().compare(a, b);
}

/**
 * Person-name order used in Vietnamese lists: by given name (last word), then the rest
 * left to right. "Lê Kim Thoa" sorts under T.
 */
export function comparePersonNames(a: string, b: string): number {
  const sa = splitName(a);
  const sb = splitName(b);
  return collator().compare(sa.given, sb.given) || collator().compare(sa.rest, sb.rest) || collator().compare(a, b);
}

function splitName(name: string): { given: string; rest: string } {
  const words = cleanSpaces(name).split(' ');
  const given = words.pop() ?? '';
  return { given, rest: words.join(' ') };
}
