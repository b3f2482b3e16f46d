import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import { AppError } from '../../shared/api/result';
import { createContext } from '../services/bootstrap';
import { clockFromEnv } from '../services/clock';
import { backupAtClose } from '../services/backup/automatic';
import { afterStart, type BackgroundWork } from '../services/background';
import type { ServiceContext } from '../services/context';
import { registerIpcHandlers } from './ipc';
import { buildAppMenu } from './menu';
import { APP_DISPLAY_NAME, appPaths, pinUserDataPath, resolveDataDir } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow, focusWindow } from './window';

// Everything below up to `whenReady` must happen before the app is ready.
pinUserDataPath();
registerAppScheme();
app.enableSandbox();
hardenWebContents();

let mainWindow: BrowserWindow | null = null;
let ctx: (ServiceContext & { close: () => void }) | null = null;
let background: BackgroundWork | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: it gets a 'second-instance' event and comes to the front.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  // An automatic backup when the app closes; the quit waits for it.
  let closingBackupDone = false;
  app.on('before-quit', (e) => {
    if (closingBackupDone || !ctx) return;
    e.preventDefault();
    closingBackupDone = true;
    const closing = ctx;
    (background?.stop() ?? Promise.resolve())
      .then(() => backupAtClose(closing))
      .catch((err: unknown) => console.error('[main] backup at close failed:', err))
      .finally(() => app.quit());
  });
  app.on('will-quit', () => {
    try {
      ctx?.close();
    } catch (e) {
      console.error('[main] closing database failed:', e);
    }
    ctx = null;
  });
  app.whenReady().then(start, (e: unknown) => fatal(e));
}

function start(): void {
  const paths = appPaths();
  const dataDir = resolveDataDir();

  try {
    ctx = createContext({
      dataDir,
      migrationsDir: paths.migrationsDir,
      mode: 'desktop',
      appVersion: app.getVersion(),
      now: clockFromEnv(),
      lock: true,
      recoverable: true,
    });
  } catch (e) {
    fatal(e, dataDir);
    return;
  }

  hardenSession(session.defaultSession);
  handleAppProtocol(paths.rendererDir);
  registerIpcHandlers(ctx);
  Menu.setApplicationMenu(
    buildAppMenu({
      version: app.getVersion(),
      dataDir,
      openBackup: () => void mainWindow?.webContents.executeJavaScript("location.hash = '#/cai-dat?tab=sao-luu'"),
    }),
  );

  mainWindow = createMainWindow(paths.preload);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  // After the window is on its way, each giving way to it while it loads (background.ts).
  background = afterStart(ctx, (e) => console.error('[main] backup at start failed:', e));
}

/** Shows a Vietnamese error box and quits. AppError messages are already written for the clerk. */
function fatal(e: unknown, dataDir?: string): void {
  console.error('[main] cannot start:', e);
  const message =
    e instanceof AppError
      ? e.message
      : 'Phần mềm không khởi động được do lỗi không mong muốn. Dữ liệu chưa bị thay đổi.\n' +
        (dataDir ? `Thư mục dữ liệu: ${dataDir}\n` : '') +
        `Chi tiết kỹ thuật (gửi cho người hỗ trợ): ${e instanceof Error ? e.message : String(e)}`;
  const title = e instanceof AppError ? 'Không mở được dữ liệu' : 'Không khởi động được phần mềm';
  dialog.showErrorBox(`${APP_DISPLAY_NAME} — ${title}`, message);
  app.exit(1);
}
