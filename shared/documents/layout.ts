// Fixed texts and line rules of the official layout, shared by the Word writer and the HTML
// preview/print view so both print the same words.

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** '- Ban TG-NC LĐLĐ tỉnh;' … '- Lưu: VT.' (any trailing ';' or '.' typed by the clerk is replaced). */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${r.trim().replace(/[;.,\s]+$/u, '')}${i === recipients.length - 1 ? '.' : ';'}`);
}

/** Lines of empty space left for the signature and the stamp. */
export const SIGNATURE_SPACE_LINES = 4;
