import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron';
import { savePdfSchema, type SavePdfResult } from '../../shared/app/pdf';
import type { ApiResult } from '../../shared/api/result';
import type { ServiceContext } from '../services/context';
import { dispatch } from '../services/dispatch';

// "Lưu PDF" in the desktop app: the page shown (a print view) printed to PDF by Chromium with the
// print CSS's own page size (A4, portrait or landscape; Electron's default would be Letter), then
// saved where the clerk says.

export async function savePdf(ctx: ServiceContext, event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<SavePdfResult>> {
  const parsed = savePdfSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: 'Tên tệp PDF không hợp lệ.' } };
  const fileName = parsed.data.fileName.toLowerCase().endsWith('.pdf') ? parsed.data.fileName : `${parsed.data.fileName}.pdf`;
  try {
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: false });
    if (parsed.data.keepForDocument !== undefined) {
      // Kept even when the clerk then closes the save dialog: it is the copy for sending.
      const file = { fileName, dataBase64: pdf.toString('base64') };
      const kept = await dispatch(ctx, 'documents.attachPdf', { id: parsed.data.keepForDocument, file });
      if (!kept.ok) console.error('[main] keeping the issued PDF failed:', kept.error.message);
    }
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: 'Lưu tệp PDF',
      buttonLabel: 'Lưu',
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
    };
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, data: { saved: false, filePath: null } };
    await fs.writeFile(choice.filePath, pdf);
    return { ok: true, data: { saved: true, filePath: choice.filePath } };
  } catch (e) {
    console.error('[main] save PDF failed:', e);
    return {
      ok: false,
      error: {
        code: 'STORAGE',
        message: 'Không lưu được tệp PDF (thư mục không ghi được hoặc ổ đĩa đầy). Hãy chọn thư mục khác rồi thử lại.',
      },
    };
  }
}
