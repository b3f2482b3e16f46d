// The kinds of document the office receives from above. The one list: the database, the form, the
// register and the basis line all read it from here.

export const INCOMING_KINDS = ['KH', 'HD', 'CV', 'QD', 'TB', 'CT', 'KHAC'] as const;

export type IncomingKind = (typeof INCOMING_KINDS)[number];

/** The kind as written inside a sentence: "Thực hiện Kế hoạch số …". */
export const INCOMING_KIND_NAMES: Record<IncomingKind, string> = {
  KH: 'Kế hoạch',
  HD: 'Hướng dẫn',
  CV: 'Công văn',
  QD: 'Quyết định',
  TB: 'Thông báo',
  CT: 'Chỉ thị',
  KHAC: 'Văn bản',
};

/** The kind as listed in the form's choices ('Khác' rather than the sentence word 'Văn bản'). */
export const INCOMING_KIND_LABELS: Record<IncomingKind, string> = { ...INCOMING_KIND_NAMES, KHAC: 'Khác' };

/** Type codes as they appear in document numbers ('29/KH-LĐLĐ', '12/QĐ-TLĐ', '05/CT-TU'). */
const CODE_KINDS: Record<string, IncomingKind> = { KH: 'KH', HD: 'HD', QĐ: 'QD', QD: 'QD', TB: 'TB', CT: 'CT' };

/**
 * The kind a number suggests: '29/KH-LĐLĐ' → KH; '243/LĐLĐ' (no type code) → CV, as a công văn
 * is numbered; null when the number says nothing.
 */
export function kindFromNumber(docNumber: string): IncomingKind | null {
  const m = /^\s*\d+\s*\/\s*([^\s/]+)/u.exec(docNumber);
  if (!m) return null;
  const parts = m[1].split('-');
  if (parts.length >= 2) return CODE_KINDS[parts[0].toLocaleUpperCase('vi')] ?? null;
  return 'CV';
}
