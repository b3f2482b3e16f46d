// Decoding a .csv as offices save them: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode
// text"), or Windows-1258 (Vietnamese ANSI); separated by , ; or tab.
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export function decodeCsv(data: Buffer): { text: string; encoding: CsvEncoding } {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(data.subarray(3)), encoding: 'utf-8' };
  if (data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16be' };
  // UTF-16 without a BOM: every other byte of ASCII text is zero.
  const probe = data.subarray(0, 4096);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < probe.length; i++) {
    if (probe[i] !== 0) continue;
    if (i % 2) zeroOdd++;
    else zeroEven++;
  }
  if (zeroOdd > probe.length / 4) return { text: new TextDecoder('utf-16le').decode(data), encoding: 'utf-16le' };
  if (zeroEven > probe.length / 4) return { text: new TextDecoder('utf-16be').decode(data), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the Vietnamese ANSI code page (tone marks as combining characters, made NFC by the reader).
    return { text: new TextDecoder('windows-1258').decode(data).normalize('NFC'), encoding: 'windows-1258' };
  }
}

/** The separator that splits the first lines into the same, largest number of fields (quotes respected). */
export function detectSeparator(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim())
    .slice(0, 20);
  let best = ',';
  let bestScore = -1;
  for (const sep of [',', ';', '\t', '|']) {
    const counts = lines.map((l) => {
      let n = 0;
      let quoted = false;
      for (const ch of l) {
        if (ch === '"') quoted = !quoted;
        else if (ch === sep && !quoted) n++;
      }
      return n;
    });
    const max = Math.max(0, ...counts);
    if (max === 0) continue;
    // Lines with the most common count: title lines above the table may differ.
    const freq = new Map<number, number>();
    for (const n of counts) if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    const [mode, times] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    const score = times * 100 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = sep;
    }
  }
  return best;
}
