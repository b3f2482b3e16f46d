import path from 'node:path';
import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './protocol';

/**
 * Hardening for every web contents the app ever creates: no navigation away from `app://ui/`,
 * no new windows, no <webview>. Register before any window exists.
 */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url)) {
        event.preventDefault();
        console.warn('[security] blocked navigation to', event.url);
      }
    });
    contents.on('will-frame-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      console.warn('[security] denied window.open for', url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

const SAVE_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.xlsx': { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  '.docx': { name: 'Văn bản Word', extensions: ['docx'] },
  '.pdf': { name: 'Tệp PDF', extensions: ['pdf'] },
  '.csv': { name: 'Tệp CSV', extensions: ['csv'] },
  '.zip': { name: 'Tệp nén ZIP', extensions: ['zip'] },
};

/** Session-wide rules: deny every permission, never talk to the network, Vietnamese save dialog for downloads. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn('[security] denied permission request:', permission);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);

  // Defence in depth behind the CSP: the app is fully offline, so no http(s)/ws request may leave it.
  ses.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (details, callback) => {
    console.warn('[security] blocked network request to', details.url);
    callback({ cancel: true });
  });

  // Files are saved with <a download href="blob:…">. Leaving savePath unset keeps Electron's
  // default behaviour (a save dialog); we only give that dialog Vietnamese wording.
  ses.on('will-download', (_event, item) => {
    const fileName = item.getFilename();
    const filter = SAVE_FILTERS[path.extname(fileName).toLowerCase()];
    item.setSaveDialogOptions({
      title: 'Lưu tệp',
      buttonLabel: 'Lưu',
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [...(filter ? [filter] : []), { name: 'Tất cả các tệp', extensions: ['*'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });
}
