import { z } from '../api/zod-vi';
import { id, requiredText } from '../api/fields';

// "Lưu PDF": the desktop app prints the page shown (the print view) to an A4 PDF and asks where to
// save it. Browser mode has no such call: there the clerk prints to "Lưu dưới dạng PDF".

export const savePdfSchema = z.strictObject({
  /** Proposed file name in the save dialog ("KH_01-KH-LĐLĐ_....pdf"). */
  fileName: requiredText('tên tệp PDF', 200).refine((s) => !/[\\/:*?"<>|]/.test(s), {
    error: 'Tên tệp PDF không được có các ký tự \\ / : * ? " < > |.',
  }),
  /** An issued document whose print view this is: the PDF is also kept beside its .docx for sending. */
  keepForDocument: id.optional(),
});

export interface SavePdfResult {
  /** False when the clerk closed the save dialog. */
  saved: boolean;
  filePath: string | null;
}

export const PDF_ONLY_IN_DESKTOP =
  'Lưu PDF trực tiếp chỉ có trong phần mềm trên máy tính. Trong trình duyệt, bấm "Lưu PDF" rồi chọn máy in "Lưu dưới dạng PDF" (Save as PDF) trong hộp thoại in.';
