import { app, BrowserWindow, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { APP_DISPLAY_NAME } from './paths';

export interface MenuInfo {
  version: string;
  dataDir: string;
  /** Opens Cài đặt → Sao lưu & khôi phục. */
  openBackup: () => void;
}

/** The application menu, in Vietnamese. Roles keep the standard shortcuts (Ctrl+Z, Ctrl+C, Ctrl+R…). */
export function buildAppMenu(info: MenuInfo): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Sao lưu && khôi phục…', click: () => info.openBackup() },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit' },
      ],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { type: 'separator' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Tải lại', role: 'reload' },
        { type: 'separator' },
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ type: 'separator' } as const, { label: 'Công cụ phát triển', role: 'toggleDevTools' } as const]),
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [
        // F1 itself is handled by the page (it opens the part about the page shown); the menu only shows it.
        { label: 'Hướng dẫn sử dụng', accelerator: 'F1', registerAccelerator: false, click: () => openHelp() },
        { type: 'separator' },
        { label: 'Giới thiệu', click: () => void showAbout(info) },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

/** Opens the guide ('#/huong-dan') in the app's window; the renderer's router does the rest. */
function openHelp(): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  void win?.webContents.executeJavaScript("location.hash = '#/huong-dan'");
}

async function showAbout(info: MenuInfo): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'Giới thiệu',
    message: APP_DISPLAY_NAME,
    detail:
      'Phần mềm quản lý văn phòng công đoàn cấp trên trực tiếp cơ sở.\n\n' +
      `Phiên bản: ${info.version}\n` +
      `Thư mục dữ liệu: ${info.dataDir}`,
    buttons: ['Đóng', 'Mở thư mục dữ liệu'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const parent = BrowserWindow.getFocusedWindow();
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response === 1) {
    const error = await shell.openPath(info.dataDir);
    if (error) dialog.showErrorBox('Không mở được thư mục', `Không mở được thư mục dữ liệu:\n${info.dataDir}\n\n${error}`);
  }
}
