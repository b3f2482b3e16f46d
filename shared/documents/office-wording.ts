import type { Block, OfficialDocument } from './model';
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

type RunningText = Pick<OfficialDocument, 'basis' | 'intro' | 'body' | 'closing'>;

const containsWord = (text: string, phrase: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}/-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

/**
 * The office's short form ('LĐLĐ huyện') introduced where its full name is first written in the
 * running text (basis, intro, body, closing; not titles or tables), as seed 000 does: "Ban Thường
 * vụ Liên đoàn Lao động (LĐLĐ) huyện …". Only when the short form is used and not yet introduced.
 */
export function introduceShortName<T extends RunningText>(doc: T, name: string | null | undefined): T {
  const full = nameInText(name);
  const introduced = nameIntroducingShort(name);
  if (!full || introduced === full) return doc;
  const blocks = (list: Block[]) => list.flatMap((b) => (b.type === 'table' ? [] : [b.text]));
  const texts = [...doc.basis, ...doc.intro, ...blocks(doc.body), ...doc.closing];
  if (texts.some((t) => t.includes(introduced)) || !texts.some((t) => containsWord(t, shortName(name)))) return doc;
  let done = false;
  const first = (t: string) => {
    if (done || !t.includes(full)) return t;
    done = true;
    return t.replace(full, introduced);
  };
  const basis = doc.basis.map(first);
  const intro = doc.intro.map(first);
  const body = doc.body.map((b) => (b.type === 'table' ? b : { ...b, text: first(b.text) }));
  const closing = doc.closing.map(first);
  return { ...doc, basis, intro, body, closing };
}

/**
 * 'Lưu VT', 'Lưu VT; TG-NC. DŨNG.30', 'lưu: vt' → 'Lưu: VT', 'Lưu: VT, TG-NC, DŨNG.30' (NĐ 30:
 * "Lưu: VT, …"); other recipients are returned as they are — 'Lưu' is also a family name, so
 * without a colon only 'Lưu VT…' / 'Lưu văn thư…' is the file copy line.
 */
export function normaliseRecipient(recipient: string): string {
  const m = /^\s*lưu(?!\s*trữ)(?=[\s:]|$)\s*(:?)\s*(.*)$/iu.exec(recipient);
  if (!m) return recipient;
  if (!m[1] && m[2] && !/^(vt|văn thư)(?![\p{L}\p{N}])/iu.test(m[2])) return recipient;
  const parts = m[2]
    .replace(/[;.,\s]+$/u, '')
    .split(/\s*[;,]\s*|\.\s+/u)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/^(vt|văn thư)$/iu.test(p) ? 'VT' : p));
  return `Lưu: ${parts.length ? parts.join(', ') : 'VT'}`;
}
