import { KIND_NAMES, type DocumentKind } from '../documents/model';
import { subjectInSentence } from './basis';

// Text of the outgoing register's rows (sổ văn bản đi): "Tên loại và trích yếu nội dung", "Nơi nhận".

/** 'Kế hoạch tổ chức các hoạt động Tháng Công nhân năm 2024'; a công văn 'Công văn về việc …'. */
export function outgoingSubject(kind: DocumentKind, title: string): string {
  if (kind === 'CV') return `${KIND_NAMES.CV} về việc ${subjectInSentence(title)}`;
  return `${KIND_NAMES[kind]} ${subjectInSentence(title)}`;
}

/** The recipients of an issued document, without the office's own file copy ('Lưu: VT, …'). */
export function recipientsText(recipients: readonly string[]): string {
  return recipients
    .map((r) => r.trim().replace(/[;.]+$/u, ''))
    .filter((r) => r && !/^lưu(\s|:|$)/iu.test(r))
    .join('; ');
}
