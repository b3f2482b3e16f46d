import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, findAppRoot, readAppVersion } from '../services/bootstrap';
import { clockFromEnv, TODAY_ENV } from '../services/clock';
import { backupAtClose } from '../services/backup/automatic';
import { afterStart } from '../services/background';
import { isoToVn, todayIso } from '../../shared/text/dates';
import { AppError } from '../../shared/api/result';
import { startServer } from './server';

/** `npm run web`: browser mode. Options: --data-dir DIR (or CONGDOAN_DATA_DIR), --port N (or PORT). */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function defaultDataDir(): string {
  const base =
    process.env.APPDATA ??
    (process.platform === 'darwin'
      ? path.join(os.homedir(), 'Library', 'Application Support')
      : (process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config')));
  return path.join(base, 'cong-doan-van-phong');
}

async function main() {
  const appRoot = findAppRoot(path.dirname(fileURLToPath(import.meta.url)));
  const dataDir = path.resolve(argValue('--data-dir') ?? process.env.CONGDOAN_DATA_DIR ?? defaultDataDir());
  let ctx;
  try {
    ctx = createContext({
      dataDir,
      migrationsDir: path.join(appRoot, 'electron', 'db', 'migrations'),
      mode: 'browser',
      appVersion: readAppVersion(appRoot),
      now: clockFromEnv(),
      lock: true,
      recoverable: true,
    });
  } catch (e) {
    console.error(e instanceof AppError ? e.message : e);
    process.exit(1);
  }
  const explicitPort = argValue('--port') ?? process.env.PORT;
  const firstPort = Number(explicitPort ?? 5180);
  let server;
  // Without an explicit port, step past ports other programs already use.
  for (let port = firstPort; ; port++) {
    try {
      server = await startServer({ ctx, staticDir: path.join(appRoot, 'dist', 'renderer'), port, token: process.env.CONGDOAN_API_TOKEN });
      break;
    } catch (e) {
      const inUse = (e as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!inUse || explicitPort || port > firstPort + 20) {
        console.error(inUse ? `Cổng ${port} đang bị chương trình khác dùng. Hãy chọn cổng khác bằng --port.` : e);
        process.exit(1);
      }
    }
  }
  // Only now that the API answers, each giving way to the page while it loads (background.ts).
  const background = afterStart(ctx, (e) => console.error('Sao lưu tự động khi mở không thành công:', e));
  console.log(`Phần mềm đang chạy ở chế độ trình duyệt. Mở địa chỉ: ${server.url}`);
  console.log(`Thư mục dữ liệu: ${dataDir}`);
  if (process.env[TODAY_ENV]) console.log(`Ngày hôm nay được đặt cố định (${TODAY_ENV}): ${isoToVn(todayIso(ctx.now()))}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await background.stop();
    await backupAtClose(ctx).catch((e: unknown) => console.error('Sao lưu tự động khi đóng không thành công:', e));
    ctx.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
