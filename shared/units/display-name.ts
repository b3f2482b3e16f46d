// In a list at laptop width, "Công đoàn cơ sở Trường THCS…" and "Công đoàn cơ sở Trường Tiểu học…"
// both show as "Công đoàn cơ sở Trư…". The part that tells units apart is the short name the
// clerk gave the unit, or else its name without the words every unit's name starts with.

/** The words a grassroots union's name starts with, which say nothing about which unit it is. */
const GENERIC_PREFIX = /^\s*(công\s+đoàn\s+cơ\s+sở|cđcs|công\s+đoàn)\s+/iu;

/** The name to show in a narrow column (the full name goes in a tooltip). */
export function distinctiveUnitName(unit: { name: string; shortName?: string | null }): string {
  const short = unit.shortName?.normalize('NFC').trim();
  if (short) return short;
  const name = unit.name.normalize('NFC').trim();
  const rest = name.replace(GENERIC_PREFIX, '').trim();
  // "Công đoàn cơ sở" alone must not become "cơ sở".
  return rest.length >= 3 && !/^cơ\s+sở$/iu.test(rest) ? rest : name;
}
