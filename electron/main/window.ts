import { app, BrowserWindow, dialog } from 'electron';
import { APP_DISPLAY_NAME } from './paths';
import { APP_INDEX_URL } from './protocol';
import { loadWindowState, MIN_HEIGHT, MIN_WIDTH, trackWindowState } from './window-state';

/** Creates the one main window, restores its last size/position and loads `app://ui/`. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const state = loadWindowState();
  const win = new BrowserWindow({
    title: APP_DISPLAY_NAME,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !app.isPackaged,
    },
  });

  trackWindowState(win);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error('[window] renderer gone:', details.reason, details.exitCode);
  });
  win.webContents.on('did-fail-load', (_event, code, description, url) => {
    console.error('[window] failed to load', url, code, description);
  });
  // A dialog holding unsaved typing cancels the page's unload (renderer/src/lib/unsaved.ts). Electron
  // then keeps the window open without a word, so the question is asked here, in Vietnamese.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: APP_DISPLAY_NAME,
      message: 'Có phần đang nhập chưa được lưu.',
      detail: 'Nếu đóng bây giờ, phần vừa nhập sẽ mất. Chọn "Quay lại" rồi bấm Lưu trong hộp đang mở.',
      buttons: ['Đóng, không lưu', 'Quay lại'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    // preventDefault here overrides the page's beforeunload: the window closes.
    if (choice === 0) event.preventDefault();
  });

  void win.loadURL(APP_INDEX_URL);
  return win;
}

/** Brings the window to the front (second launch, dock click…). */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
