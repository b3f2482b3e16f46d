import type { BuiltInTemplate } from '../../shared/documents/templates';
import { b, h1, h2, p } from './blocks';

// Generic documents: the usual outline with "…" where the clerk writes.

export const keHoach: BuiltInTemplate = {
  key: 'ke-hoach',
  name: 'Kế hoạch (mẫu chung)',
  description: 'Mục đích, yêu cầu; nội dung, thời gian; kinh phí; tổ chức thực hiện.',
  fields: {},
  content: {
    kind: 'KH',
    title: 'Tổ chức … năm {năm}',
    basis: ['Thực hiện … của … về việc …'],
    intro: ['Ban Thường vụ {đơn_vị_ban_hành} xây dựng Kế hoạch tổ chức … năm {năm} như sau:'],
    body: [
      h1('Mục đích, yêu cầu'),
      h2('Mục đích'),
      b('…'),
      h2('Yêu cầu'),
      b('…'),
      h1('Nội dung, thời gian thực hiện'),
      h2('Nội dung'),
      b('…'),
      h2('Thời gian'),
      b('Thực hiện {thời_gian}.'),
      h1('Kinh phí'),
      p('Kinh phí thực hiện Kế hoạch được chi từ nguồn tài chính công đoàn theo quy định.'),
      h1('Tổ chức thực hiện'),
      h2('{đơn_vị_viết_tắt}'),
      b('…'),
      h2('Các CĐCS trực thuộc'),
      b('Căn cứ Kế hoạch này xây dựng kế hoạch, tổ chức thực hiện phù hợp với tình hình thực tế của đơn vị.'),
      b('Báo cáo kết quả thực hiện về {đơn_vị_viết_tắt} trước ngày {hạn_báo_cáo}.'),
    ],
    closing: [
      'Trên đây là Kế hoạch tổ chức … năm {năm} của Ban Thường vụ {đơn_vị_viết_tắt}, đề nghị các CĐCS trực thuộc triển khai thực hiện./.',
    ],
    annexes: [],
  },
};

export const baoCao: BuiltInTemplate = {
  key: 'bao-cao',
  name: 'Báo cáo (mẫu chung)',
  description: 'Đặc điểm tình hình; kết quả; đánh giá; phương hướng; kiến nghị.',
  fields: {},
  content: {
    kind: 'BC',
    title: 'Kết quả … năm {năm}',
    basis: [],
    intro: ['Ban Thường vụ {đơn_vị_ban_hành} báo cáo kết quả … năm {năm} như sau:'],
    body: [
      h1('Đặc điểm tình hình'),
      p('…'),
      h2('Thuận lợi'),
      b('…'),
      h2('Khó khăn'),
      b('…'),
      h1('Kết quả thực hiện'),
      h2('…'),
      b('…'),
      h1('Đánh giá chung'),
      h2('Ưu điểm'),
      b('…'),
      h2('Hạn chế, nguyên nhân'),
      b('…'),
      h1('Phương hướng, nhiệm vụ thời gian tới'),
      b('…'),
      h1('Kiến nghị, đề xuất'),
      b('…'),
    ],
    closing: ['Trên đây là báo cáo kết quả … năm {năm} của Ban Thường vụ {đơn_vị_viết_tắt}./.'],
    annexes: [],
  },
};

export const thongBao: BuiltInTemplate = {
  key: 'thong-bao',
  name: 'Thông báo (mẫu chung)',
  description: 'Thông báo ngắn: nội dung, đề nghị thực hiện.',
  fields: {},
  content: {
    kind: 'TB',
    title: '…',
    basis: [],
    intro: ['Ban Thường vụ {đơn_vị_ban_hành} thông báo như sau:'],
    body: [p('…')],
    closing: ['Ban Thường vụ {đơn_vị_viết_tắt} thông báo để các đơn vị biết, thực hiện./.'],
    annexes: [],
  },
};

export const congVan: BuiltInTemplate = {
  key: 'cong-van',
  name: 'Công văn (mẫu chung)',
  description: 'Công văn không có tên loại; trích yếu in dưới số, bắt đầu bằng "V/v".',
  fields: {},
  content: {
    kind: 'CV',
    title: '…',
    basis: [],
    intro: ['Kính gửi: …'],
    body: [p('…')],
    closing: ['Đề nghị các đơn vị quan tâm, thực hiện./.'],
    annexes: [],
  },
};
