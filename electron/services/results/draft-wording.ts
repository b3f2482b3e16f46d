// Wording of the drafted BÁO CÁO: how figures are written and the sentences for the groups of the
// default Workers' Month catalogue.
import { splitGroupNumeral } from '../../../shared/reports/indicator-rows';
import { formatNumberVi } from '../../../shared/reports/parse-number';
import type { IndicatorResult } from '../../../shared/results/schema';
import { percentNumber, percentText } from '../../../shared/text/typography';

/** 1234 → '1.234'; 85.5 → '85,5'. */
export const num = (n: number) => formatNumberVi(n);

/** '2024-05-01' → '01/5/2024' (as in the seeds' running text). */
export function dayText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(d).padStart(2, '0')}/${m}/${y}`;
}

export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Keeps the parts that are not null, joined by `sep`; null when none is left. */
export function list(parts: (string | null | false | undefined)[], sep = ', '): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  return kept.length ? kept.join(sep) : null;
}

export type Value = (code: string) => string | null;

interface GroupPhrase {
  /** Codes the phrase writes out (the group's other numeric indicators become plain bullets). */
  codes: string[];
  build: (v: Value) => string | null;
}

/**
 * Sentences for the groups of the default Workers' Month catalogue
 * (resources/indicators/thang-cong-nhan.json). `v` gives the figure as written ('1.234') or null
 * when the round has no such indicator or its total is 0: such clauses are left out. Indicators
 * the clerk added are listed as bullets under their group.
 */
export const PHRASES: GroupPhrase[] = [
  {
    codes: ['1.1', '1.2', '1.3'],
    build: (v) =>
      list(
        [
          v('1.1') &&
            `Công đoàn hai cấp đã tổ chức ${v('1.1')} hoạt động${v('1.2') ? `, thu hút ${v('1.2')} lượt đoàn viên, người lao động tham gia` : ''}`,
          !v('1.1') && v('1.2') && `Có ${v('1.2')} lượt đoàn viên, người lao động tham gia các hoạt động`,
          v('1.3') && `tỷ lệ đoàn viên, người lao động tham gia ít nhất một hoạt động bình quân đạt ${v('1.3')}%`,
        ],
        '; ',
      ),
  },
  {
    codes: ['2.1', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.2', '2.3', '2.3.1', '2.3.2', '2.3.3'],
    build: (v) => {
      const who = list([
        v('2.1.1') && `${v('2.1.1')} người bị tai nạn lao động`,
        v('2.1.2') && `${v('2.1.2')} người mắc bệnh nghề nghiệp`,
        v('2.1.3') && `${v('2.1.3')} người ốm đau, mắc bệnh hiểm nghèo`,
        v('2.1.4') && `${v('2.1.4')} người có hoàn cảnh khó khăn`,
      ]);
      const from = list(
        [
          v('2.3.1') && `từ nguồn tài chính công đoàn ${v('2.3.1')} đồng`,
          v('2.3.2') && `người sử dụng lao động hỗ trợ ${v('2.3.2')} đồng`,
          v('2.3.3') && `vận động xã hội hóa, nhà hảo tâm ${v('2.3.3')} đồng`,
        ],
        '; ',
      );
      return list([
        v('2.1') &&
          `Công đoàn hai cấp đã tổ chức thăm hỏi, tặng quà ${v('2.1')} lượt đoàn viên, người lao động${who ? ` (trong đó: ${who})` : ''}`,
        v('2.2') && `trao ${v('2.2')} suất quà`,
        v('2.3') && `với tổng số tiền ${v('2.3')} đồng${from ? ` (trong đó: ${from})` : ''}`,
      ]);
    },
  },
  {
    codes: ['3.1', '3.2', '3.3'],
    build: (v) => {
      const houses = list([v('3.1') && `xây mới ${v('3.1')} nhà`, v('3.2') && `sửa chữa ${v('3.2')} nhà`], ' và ');
      return houses
        ? `${houses} “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở${v('3.3') ? ` với tổng kinh phí ${v('3.3')} đồng` : ''}`
        : null;
    },
  },
  {
    codes: ['4.1', '4.2', '4.3', '4.4'],
    build: (v) =>
      list(
        [
          v('4.1') && `Tổ chức ${v('4.1')} cuộc đối thoại giữa người sử dụng lao động (lãnh đạo đơn vị) và người lao động`,
          v('4.2') &&
            `${v('4.2')} kiến nghị, đề xuất của đoàn viên, người lao động được nêu ra${v('4.3') ? `, đã giải quyết ${v('4.3')} kiến nghị` : ''}`,
          v('4.4') && `${v('4.4')} thỏa ước lao động tập thể được ký kết mới hoặc ký lại`,
        ],
        '; ',
      ),
  },
  {
    codes: ['5.1', '5.2', '5.3', '5.4'],
    build: (v) =>
      list(
        [
          v('5.1') && `Kết nạp mới ${v('5.1')} đoàn viên`,
          v('5.2') && `thành lập mới ${v('5.2')} công đoàn cơ sở`,
          v('5.3') && `giới thiệu ${v('5.3')} đoàn viên ưu tú cho Đảng xem xét kết nạp`,
          v('5.4') && `${v('5.4')} đoàn viên được kết nạp vào Đảng`,
        ],
        '; ',
      ),
  },
  {
    codes: ['6.1', '6.2', '6.3', '6.4', '6.5'],
    build: (v) =>
      list(
        [
          v('6.1') &&
            `Tổ chức ${v('6.1')} buổi tuyên truyền, tập huấn về an toàn, vệ sinh lao động${v('6.2') ? ` với ${v('6.2')} lượt người tham gia` : ''}`,
          v('6.3') && `${v('6.3')} cuộc kiểm tra, giám sát về an toàn, vệ sinh lao động`,
          v('6.4') && `${v('6.4')} người lao động được khám sức khỏe, tầm soát bệnh${v('6.5') ? ` với kinh phí ${v('6.5')} đồng` : ''}`,
        ],
        '; ',
      ),
  },
  {
    codes: ['7.1', '7.2', '7.3', '7.4', '7.5'],
    build: (v) =>
      list(
        [
          v('7.1') &&
            `Tổ chức ${v('7.1')} hoạt động văn hóa, văn nghệ, thể dục thể thao${v('7.2') ? ` với ${v('7.2')} lượt người tham gia` : ''}`,
          v('7.3') && `tư vấn pháp luật cho ${v('7.3')} lượt đoàn viên, người lao động`,
          v('7.4') && `tổ chức ${v('7.4')} suất “Bữa cơm Công đoàn”${v('7.5') ? ` với kinh phí ${v('7.5')} đồng` : ''}`,
        ],
        '; ',
      ),
  },
];

/** The figure as written in a sentence ('1.234', '456.000.000', '85,5'); null when the round has no such indicator or it is 0. */
export function valueOf(ind: IndicatorResult | undefined): string | null {
  if (!ind || ind.kind === 'text' || !ind.total) return null;
  return ind.kind === 'percent' ? percentNumber(ind.total) : num(ind.total);
}

/** A figure of the annex: percentages with the one rule of percentText. */
export function figure(ind: IndicatorResult, n: number | null): string {
  if (n === null) return '';
  return ind.kind === 'percent' ? percentText(n) : num(n);
}

/** 'I. Tổ chức các hoạt động…' → 'Tổ chức các hoạt động…'. */
export function groupTitle(group: string): string {
  return splitGroupNumeral(group).text || group;
}

export const sentence = (s: string) => {
  const t = s.trim();
  return `${t.charAt(0).toLocaleUpperCase('vi')}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
};

/** A value with its unit for a plain bullet: '12 cuộc', '1.500.000 đồng', '85,5%'. */
export function withUnit(ind: IndicatorResult): string {
  if (ind.kind === 'percent') return percentText(ind.total ?? 0);
  const v = num(ind.total ?? 0);
  return ind.unit ? `${v} ${ind.unit}` : v;
}
