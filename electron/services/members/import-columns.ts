// Recognising the columns of member lists as offices really write them.
import { foldVi } from '../../../shared/text/vi';
import type { ImportField } from '../../../shared/members/import-schema';
import type { Gender } from '../../../shared/members/schema';

/** Header text → comparable key: folded, without "(…)" notes, footnote marks, numbering or trailing punctuation. */
export function headerKey(text: string): string {
  return foldVi(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.:*;?]/g, ' ')
    .replace(/\s*([,/-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Exact header keys (after headerKey) per field. */
const ALIASES: Record<ImportField, string[]> = {
  name: [
    'ho va ten',
    'ho ten',
    'ho,ten',
    'ho va ten doan vien',
    'ho ten doan vien',
    'ten doan vien',
    'ho va ten dv',
    'ho ten dv',
    'ho va ten cbcnv',
    'ho va ten nguoi lao dong',
    'ho ten nguoi lao dong',
    'ho va ten can bo',
    'ho ten can bo',
    'ho va ten cb',
    'ho va ten cbgv',
    'ho va ten cbgvnv',
    'ho va ten cong nhan',
    'ho va ten nld',
    'ho ten nld',
    'ho va ten cnvc',
  ],
  familyName: [
    'ho va dem',
    'ho va ten dem',
    'ho dem',
    'ho,ten dem',
    'ho va chu lot',
    'ho chu lot',
    'ho',
    'ho,dem',
    'ho va ten lot',
    'ho lot',
  ],
  givenName: ['ten'],
  birthDate: [
    'ngay sinh',
    'ns',
    'n/s',
    'ngay thang nam sinh',
    'ngay,thang,nam sinh',
    'nam sinh',
    'sinh ngay',
    'ngay/thang/nam sinh',
    'ngay sinh/nam sinh',
    'ngay,thang,nam,sinh',
    'sinh nam',
    'thang nam sinh',
    'nam,thang,ngay sinh',
  ],
  birthMale: [],
  birthFemale: [],
  gender: ['gioi tinh', 'nam/nu', 'nam,nu', 'nam nu', 'phai', 'gioi', 'gioi tinh nam/nu', 'nam-nu'],
  female: ['nu', 'la nu', 'gioi tinh nu'],
  ethnicity: ['dan toc'],
  religion: ['ton giao'],
  cmnd: ['cmnd', 'so cmnd', 'cmtnd', 'so cmtnd', 'chung minh nhan dan', 'so chung minh nhan dan', 'so cmnd cu', 'cmnd cu', 'so chung minh'],
  cccd: [
    'cccd',
    'so cccd',
    'so can cuoc',
    'can cuoc',
    'can cuoc cong dan',
    'so can cuoc cong dan',
    'cmnd/cccd',
    'so cmnd/cccd',
    'so cccd/cmnd',
    'cccd/cmnd',
    'so dinh danh',
    'so dinh danh ca nhan',
    'ma dinh danh',
    'so cmnd',
    'cmnd',
    'so cccd/dinh danh',
    'ma so dinh danh',
    'so cc',
    'so the can cuoc',
  ],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'so dt', 'dien thoai lien he', 'dtdd', 'so dtdd', 'dien thoai di dong', 'di dong'],
  jobTitle: [
    'chuc vu',
    'chuc vu chuyen mon',
    'nghe nghiep',
    'cong viec',
    'chuc danh',
    'chuc danh nghe nghiep',
    'nghe nghiep,chuc vu',
    'chuc vu,nghe nghiep',
    'vi tri viec lam',
    'vi tri cong tac',
    'cong viec dang lam',
    'chuc vu chinh quyen',
    'chuc vu,chuc danh',
    'nghe nghiep/chuc vu',
    'chuc vu/nghe nghiep',
    'cong viec hien nay',
    'chuc vu,cong viec',
    'chuc danh cong viec',
  ],
  unionPosition: [
    'chuc vu cong doan',
    'chuc vu cd',
    'chuc danh cong doan',
    'chuc danh cd',
    'chuc vu trong cong doan',
    'chuc vu trong cd',
    'chuc vu cdcs',
  ],
  joinedOn: [
    'ngay vao cd',
    'ngay vao cong doan',
    'ngay ket nap',
    'ngay ket nap cd',
    'ngay ket nap cong doan',
    'ngay gia nhap cong doan',
    'ngay gia nhap cd',
    'ngay vao cdvn',
    'vao cd',
    'nam vao cd',
    'nam vao cong doan',
    'ngay vao cong doan viet nam',
    'ngay,thang,nam vao cd',
    'ngay thang nam vao cd',
    'ngay vao',
    'ngay ket nap doan vien',
    'ngay vao to chuc cong doan',
    'ngay,thang,nam vao cong doan',
    'ngay thang nam vao cong doan',
    'thoi gian vao cd',
    'thoi gian vao cong doan',
  ],
  memberCode: [
    'ma so doan vien',
    'ma doan vien',
    'ma so dv',
    'ma dv',
    'so the',
    'so the doan vien',
    'so the dv',
    'ma so the',
    'ma the',
    'ma so',
    'ma so the doan vien',
    'ma dinh danh doan vien',
  ],
  partyMember: ['dang vien', 'la dang vien', 'dang', 'dv dang', 'dang vien dcsvn'],
  partyDate: ['ngay vao dang', 'ngay ket nap dang', 'vao dang', 'nam vao dang', 'ngay vao dang cong san viet nam'],
  education: [
    'trinh do',
    'trinh do hoc van',
    'trinh do van hoa',
    'trinh do chuyen mon',
    'hoc van',
    'van hoa',
    'trinh do cm',
    'trinh do chuyen mon,nghiep vu',
    'chuyen mon',
    'hoc vi',
    'trinh do dao tao',
    'trinh do cmnv',
    'trinh do chuyen mon nghiep vu',
  ],
  notes: ['ghi chu', 'ghi chu khac', 'gc'],
  unit: [
    'don vi',
    'cdcs',
    'cong doan co so',
    'ten cdcs',
    'ma cdcs',
    'ma don vi',
    'ten don vi',
    'don vi cong tac',
    'thuoc cdcs',
    'cdcs truc thuoc',
    'noi sinh hoat',
    'co quan,don vi',
    'co quan don vi',
    'ten cong doan co so',
    'sinh hoat tai cdcs',
    'cong doan',
    'ten cong doan',
    'noi cong tac',
    'co quan cong tac',
  ],
};

const EXACT = new Map<string, ImportField>();
for (const [field, keys] of Object.entries(ALIASES) as [ImportField, string[]][]) for (const k of keys) EXACT.set(k, field);

/** Fallback: keywords contained in the header, checked in this order (more specific first). */
const KEYWORDS: [RegExp, ImportField][] = [
  [/\b(vao|ket nap) dang\b/, 'partyDate'],
  [/\bdang vien\b/, 'partyMember'],
  [/\bchuc (vu|danh) (trong )?(cong doan|cd)\b/, 'unionPosition'],
  [/\b(vao|ket nap|gia nhap)( to chuc)? (cong doan|cd)\b|\bngay ket nap\b/, 'joinedOn'],
  [/\b(ma so|so the|ma)( doan vien| dv)\b/, 'memberCode'],
  [/\bcccd\b|\bcan cuoc\b|\bdinh danh\b|\bcmnd\b/, 'cccd'],
  [/\bdien thoai\b|\bsdt\b/, 'phone'],
  [/\bho (va )?ten\b/, 'name'],
  [/\b(ngay|nam) (thang nam )?sinh\b/, 'birthDate'],
  [/\bgioi tinh\b/, 'gender'],
  [/\bdan toc\b/, 'ethnicity'],
  [/\bton giao\b/, 'religion'],
  [/\btrinh do\b/, 'education'],
  [/\bghi chu\b/, 'notes'],
  [/\b(nghe nghiep|chuc vu|chuc danh|cong viec)\b/, 'jobTitle'],
  [/\b(cdcs|cong doan co so)\b/, 'unit'],
];

/** Headers that are never data fields (row numbers). */
const IGNORED = new Set(['tt', 'stt', 'so tt', 'so thu tu', 'thu tu']);

/** The field a header means, or null. `learned` (header key → field) wins over the built-in aliases. */
/** "Ngày sinh (Nam)" / "Năm sinh - Nữ" in one header row: the birth date of men or of women. */
const BIRTH_BY_GENDER = /^(ngay sinh|nam sinh|ngay thang nam sinh|sinh ngay|sinh nam)\s*[(\-–:,]?\s*(nam|nu)\)?$/;

export function fieldForHeader(text: string, learned: Map<string, ImportField>): ImportField | null {
  // Read before headerKey drops the "(…)" part, which here is the whole point.
  const byGender = BIRTH_BY_GENDER.exec(foldVi(text).replace(/\s+/g, ' ').trim());
  if (byGender) return byGender[2] === 'nam' ? 'birthMale' : 'birthFemale';
  const key = headerKey(text);
  if (!key || IGNORED.has(key)) return null;
  const l = learned.get(key);
  if (l) return l;
  const exact = EXACT.get(key);
  if (exact) return exact;
  if (key.length > 80) return null;
  for (const [re, field] of KEYWORDS) if (re.test(key)) return field;
  return null;
}

/** Results for the few distinct values a column holds (lists repeat "Đoàn viên", "Nam", "x"…). */
function memo<R>(f: (s: string) => R): (s: string) => R {
  const cache = new Map<string, R>();
  return (s) => {
    let r = cache.get(s);
    if (r === undefined && !cache.has(s)) {
      r = f(s);
      if (cache.size < 1000) cache.set(s, r);
    }
    return r as R;
  };
}

/** Union position as written in lists → code. */
export const parseUnionPosition = memo(parseUnionPositionText);

function parseUnionPositionText(text: string): 'doan_vien' | 'to_truong' | 'uv_bch' | 'pho_chu_tich' | 'chu_tich' | null {
  const k = foldVi(text).replace(/[.]/g, '').replace(/\s+/g, ' ').trim();
  if (/^(doan vien|dv|doan vien cong doan|doan vien cd)$/.test(k)) return 'doan_vien';
  if (/^(to truong|tt|to truong cd|to truong cong doan|to truong to cong doan|to truong to cd)$/.test(k)) return 'to_truong';
  if (/^(pho chu tich|pct|pho ct|pho chu tich cd|pho chu tich cong doan|pho chu tich cdcs)$/.test(k)) return 'pho_chu_tich';
  if (/^(chu tich|ct|chu tich cd|chu tich cong doan|chu tich cdcs)$/.test(k)) return 'chu_tich';
  if (
    /^(uv ?bch|bch|uy vien bch|uy vien ban chap hanh|uy vien|uv ban chap hanh|uv bch cd|uv bch cdcs|uy vien bch cd|uy vien bch cdcs)$/.test(
      k,
    )
  )
    return 'uv_bch';
  return null;
}

/** 'Nam' / 'Nữ' and the usual shorthand. */
export const parseGender = memo(parseGenderText);

function parseGenderText(text: string): Gender | null {
  const k = foldVi(text).replace(/[.]/g, '').trim();
  if (k === 'nam' || k === 'm' || k === 'male' || k === 'trai') return 'nam';
  if (k === 'nu' || k === 'f' || k === 'female' || k === 'gai') return 'nu';
  return null;
}

/** A tick in a yes/no column ('x', '1', 'có', '✓', a date…). Blank, '0', 'không' are no. */
export const isTick = memo(isTickText);

function isTickText(value: string): boolean {
  const k = foldVi(value).trim();
  return k !== '' && k !== '0' && k !== 'khong' && k !== 'k' && k !== '-' && k !== 'no' && k !== 'false';
}
