import { nameInText, shortName } from './office-text';

// Wording rules of official text that are not about one document type: an abbreviation is
// introduced where the full name is first written, and the file copy line follows NĐ 30.

/**
 * The office's name in running text with its short form introduced, for its first mention:
 * 'Liên đoàn Lao động (LĐLĐ) huyện Vĩnh Thuận', so 'LĐLĐ huyện' may be used after it. Names
 * whose short form is not an abbreviation ('Công đoàn phường') are written in full.
 */
export function nameIntroducingShort(name: string | null | undefined): string {
  const full = nameInText(name);
  const short = shortName(name);
  const abbreviation = short.split(' ')[0];
  if (abbreviation !== 'LĐLĐ' || !full.startsWith('Liên đoàn Lao động')) return full;
  return full.replace(/^Liên đoàn Lao động/u, `Liên đoàn Lao động (${abbreviation})`);
}

/**
 * 'Lưu VT', 'Lưu VT; TG-NC. DŨNG.30', 'lưu: vt' → 'Lưu: VT', 'Lưu: VT, TG-NC, DŨNG.30' (NĐ 30:
 * "Lưu: VT, …"); other recipients are returned as they are.
 */
export function normaliseRecipient(recipient: string): string {
  const m = /^\s*lưu(?!\s*trữ)(?=[\s:]|$)\s*:?\s*(.*)$/iu.exec(recipient);
  if (!m) return recipient;
  const parts = m[1]
    .replace(/[;.,\s]+$/u, '')
    .split(/\s*[;,]\s*|\.\s+/u)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/^(vt|văn thư)$/iu.test(p) ? 'VT' : p));
  return `Lưu: ${parts.length ? parts.join(', ') : 'VT'}`;
}
