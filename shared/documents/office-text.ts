// The office's names as they read inside a sentence. Settings hold them in capitals, as printed
// in the header block ('LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN'); running text needs
// 'Liên đoàn Lao động huyện Vĩnh Thuận', and short forms like 'LĐLĐ huyện'.

/** Administrative levels as written in names, longest first so 'thị xã' wins over 'xã'. */
export const LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];

/** Organisation words with their usual capitalisation, longest first. */
const ORG_PHRASES: [string, string][] = [
  ['tổng liên đoàn lao động việt nam', 'Tổng Liên đoàn Lao động Việt Nam'],
  ['liên đoàn lao động', 'Liên đoàn Lao động'],
  ['công đoàn viên chức', 'Công đoàn Viên chức'],
  ['công đoàn ngành', 'Công đoàn ngành'],
  ['công đoàn', 'Công đoàn'],
];

const lower = (s: string) => s.toLocaleLowerCase('vi');
const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
const isAllCaps = (s: string) => s === s.toLocaleUpperCase('vi') && s !== lower(s);
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

interface Parsed {
  /** The organisation part, in running-text case ('Liên đoàn Lao động'). */
  org: string;
  /** 'huyện', 'phường', … or null. */
  level: string | null;
  /** The place after the level, each syllable capitalised ('Vĩnh Thuận'). */
  place: string;
}

function parse(name: string): Parsed | null {
  const text = lower(words(name).join(' '));
  for (const level of LEVELS) {
    const at = ` ${text} `.indexOf(` ${level} `);
    if (at <= 0) continue;
    const orgPart = text.slice(0, at - 1);
    const place = text.slice(at + level.length).trim();
    const known = ORG_PHRASES.find(([k]) => orgPart === k || orgPart.startsWith(`${k} `));
    const org = known ? known[1] + orgPart.slice(known[0].length) : capitalise(orgPart);
    return { org, level, place: words(place).map(capitalise).join(' ') };
  }
  return null;
}

/**
 * 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN' → 'Liên đoàn Lao động huyện Vĩnh Thuận';
 * 'CÔNG ĐOÀN PHƯỜNG BẾN NGHÉ' → 'Công đoàn phường Bến Nghé'. A name the clerk already typed in
 * mixed case is kept as it is.
 */
export function nameInText(name: string | null | undefined): string {
  const clean = words(name ?? '').join(' ');
  if (!clean || !isAllCaps(clean)) return clean;
  const parsed = parse(clean);
  if (parsed) return [parsed.org, parsed.level, parsed.place].filter(Boolean).join(' ');
  const text = lower(clean);
  const known = ORG_PHRASES.find(([k]) => text === k || text.startsWith(`${k} `));
  const out = known ? known[1] + text.slice(known[0].length) : capitalise(text);
  return out.replace(/việt nam/g, 'Việt Nam');
}

/** The level word in the name ('huyện', 'phường', …), or null. */
export function officeLevel(name: string | null | undefined): string | null {
  return parse(name ?? '')?.level ?? null;
}

/**
 * The short form used inside documents: 'LĐLĐ huyện', 'LĐLĐ tỉnh', 'Công đoàn phường'; the full
 * name in running text when the name has no recognisable level.
 */
export function shortName(name: string | null | undefined): string {
  const parsed = parse(name ?? '');
  if (!parsed?.level) return nameInText(name);
  const org = parsed.org === 'Liên đoàn Lao động' ? 'LĐLĐ' : parsed.org;
  return `${org} ${parsed.level}`;
}
