// The official-document model: what a plan, guidance, report, notice or letter contains.
// Renderers (Word writer, HTML preview) turn it into the layout of document-format.md.

/** KH Kế hoạch, HD Hướng dẫn, BC Báo cáo, TB Thông báo, CV công văn (no type code). */
export const DOCUMENT_KINDS = ['KH', 'HD', 'BC', 'TB', 'CV'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A công văn answers one matter at one time: there is no "next year's" công văn to derive. */
export const hasNextYear = (kind: DocumentKind): boolean => kind !== 'CV';

/** The type name printed as the title (caps) and used in sentences; null for a công văn. */
export const KIND_TITLES: Record<DocumentKind, string | null> = {
  KH: 'KẾ HOẠCH',
  HD: 'HƯỚNG DẪN',
  BC: 'BÁO CÁO',
  TB: 'THÔNG BÁO',
  CV: null,
};

/** The type name as written inside a sentence: "Kèm theo Kế hoạch số …". */
export const KIND_NAMES: Record<DocumentKind, string> = {
  KH: 'Kế hoạch',
  HD: 'Hướng dẫn',
  BC: 'Báo cáo',
  TB: 'Thông báo',
  CV: 'Công văn',
};

export interface DocumentHeader {
  /** e.g. 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG'; null when the office has none. */
  superiorBody: string | null;
  /** e.g. 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN'. */
  issuingBody: string;
  /** Null while the document is a draft (the number is written by hand or later). */
  number: number | null;
  /** e.g. 'LĐLĐ' → 'Số: 29/KH-LĐLĐ'. */
  codeSuffix: string;
  /** e.g. 'Vĩnh Thuận' → 'Vĩnh Thuận, ngày 28 tháng 3 năm 2024'. */
  placeName: string;
  /** ISO yyyy-mm-dd. */
  date: string;
}

export type HeadingLevel = 1 | 2 | 3;

/** Level 1 'I. MỤC ĐÍCH, YÊU CẦU', level 2 '1. Mục đích', level 3 '1.1. …'; labels are computed. */
export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

/** Rendered with a '- ' prefix. */
export interface BulletBlock {
  type: 'bullet';
  text: string;
}

/** Rendered 'a) …', 'b) …' – lettered within the enclosing heading. */
export interface PointBlock {
  type: 'point';
  text: string;
}

/** A bordered table; the first row printed is `columns` (bold). Each row has one cell per column. */
export interface TableBlock {
  type: 'table';
  columns: string[];
  rows: string[][];
  /** Indexes (in `rows`) of rows printed bold: the group rows I, II… of a report form. */
  boldRows?: number[];
}

export type Block = HeadingBlock | ParagraphBlock | BulletBlock | PointBlock | TableBlock;

export interface Signer {
  /** 'TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', … or null when the head signs in their own name. */
  authority: string | null;
  /** 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', … */
  title: string;
  name: string;
}

/** One signature column under an annex: its title lines (caps, bold) and the hint under them (italic). */
export interface AnnexSignature {
  lines: string[];
  note: string | null;
}

/**
 * 'report-round': the results form units fill in ("theo mẫu gửi kèm"). While the document is a
 * draft its table is generated from the reporting round's indicators (the default set before a
 * round exists), so it shows the rows of the .xlsx template; once issued it is kept as issued.
 */
export type AnnexSource = 'report-round';

export interface Annex {
  /** e.g. 'MẪU BÁO CÁO KẾT QUẢ THÁNG CÔNG NHÂN NĂM 2024' (printed in caps). */
  title: string;
  /** '(Kèm theo Kế hoạch số …)' line; null → generated from the document's number and date. */
  note: string | null;
  blocks: Block[];
  /** Print this annex on landscape pages (wide tables). */
  landscape?: boolean;
  source?: AnnexSource;
  /** Printed side by side under the blocks, e.g. 'NGƯỜI LẬP' and 'TM. BAN CHẤP HÀNH / CHỦ TỊCH'. */
  signatures?: AnnexSignature[];
}

export interface OfficialDocument {
  kind: DocumentKind;
  header: DocumentHeader;
  /** Trích yếu: 'Tổ chức các hoạt động Tháng Công nhân năm 2024'; for a công văn the 'V/v' text. */
  title: string;
  /**
   * "Kính gửi:" — who a công văn is addressed to, one per entry (printed only for a công văn).
   * Optional: documents saved before it existed have none.
   */
  addressees?: string[];
  /** Căn cứ / Thực hiện lines, printed italic, one paragraph each. */
  basis: string[];
  /** Opening paragraph(s) before the outline. */
  intro: string[];
  body: Block[];
  /** Closing paragraph(s), e.g. 'Trên đây là Kế hoạch …/.'. */
  closing: string[];
  signer: Signer;
  /** Printed '- X;' each, the last ending '.'; normally ends with 'Lưu: VT'. */
  recipients: string[];
  annexes: Annex[];
}
