import type { Annex, Block } from '../../shared/documents/model';

// Short builders for writing templates by hand.

export const h1 = (text: string): Block => ({ type: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ type: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ type: 'heading', level: 3, text });
export const p = (text: string): Block => ({ type: 'paragraph', text });
export const b = (text: string): Block => ({ type: 'bullet', text });
export const pt = (text: string): Block => ({ type: 'point', text });

/** The results form sent to grassroots units with a Tháng Công nhân plan or guidance. */
export function reportAnnex(title: string): Annex {
  const rows: [string, string][] = [
    ['Số hoạt động đã tổ chức trong Tháng Công nhân', 'Hoạt động'],
    ['Số đoàn viên, CNVCLĐ được thăm hỏi, tặng quà', 'Người'],
    ['Tổng số tiền thăm hỏi, tặng quà', 'Đồng'],
    ['Số cuộc đối thoại đã tổ chức', 'Cuộc'],
    ['Số kiến nghị được giải quyết', 'Kiến nghị'],
    ['Số đoàn viên kết nạp mới', 'Người'],
    ['Số đoàn viên ưu tú giới thiệu cho Đảng', 'Người'],
    ['Số hoạt động văn hóa, văn nghệ, thể dục, thể thao', 'Hoạt động'],
  ];
  return {
    title,
    note: null,
    blocks: [
      p('Tên công đoàn cơ sở: ……………………………………………………'),
      {
        type: 'table',
        columns: ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú'],
        rows: rows.map(([c, u], i) => [String(i + 1), c, u, '', '']),
      },
    ],
  };
}
