// Folders the clerk points at: a USB stick, the Desktop… Validated, walked for report files, and
// suggested (removable drives first) so nobody has to type a path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { FolderSuggestion } from '../../../shared/reports/schema';

const folderError = (msg: string) => new AppError('INVALID_INPUT', msg, { folder: msg });

/** Absolute, existing, a directory — or a Vietnamese message on the field. Returns the resolved path. */
export function checkFolder(folder: string): string {
  if (!path.isAbsolute(folder) || (process.platform === 'win32' && /^[A-Za-z]:$/.test(folder))) {
    throw folderError(
      `"${folder}" không phải đường dẫn đầy đủ. Hãy ghi đường dẫn bắt đầu từ ổ đĩa, ví dụ E:\\ hoặc C:\\Users\\Ten\\Desktop\\BaoCao.`,
    );
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw folderError(`Không tìm thấy thư mục "${folder}". Hãy kiểm tra USB đã cắm và đường dẫn ghi đúng.`);
  }
  if (!stat.isDirectory()) throw folderError(`"${folder}" là một tệp, không phải thư mục. Hãy chọn thư mục chứa tệp.`);
  return path.resolve(folder);
}

export interface FoundFile {
  /** Relative to the scanned folder, with "/" separators. */
  relPath: string;
  absPath: string;
  size: number;
  mtime: Date;
}

const REPORT_EXT = /\.(xlsx|xlsm|xls|ods)$/i;
const SKIP_DIRS = new Set([
  '$recycle.bin',
  'system volume information',
  'node_modules',
  '.trash',
  '.trashes',
  '.spotlight-v100',
  '.fseventsd',
]);
export const MAX_FOUND_FILES = 2_000;
const MAX_DEPTH = 8;

/** Every spreadsheet under `root` (sub-folders too), without following links, skipping Office lock files. */
export function findSpreadsheets(root: string): FoundFile[] {
  const found: FoundFile[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable sub-folder: skip it
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (depth < MAX_DEPTH && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name.toLowerCase())) walk(abs, depth + 1);
        continue;
      }
      if (!e.isFile() || !REPORT_EXT.test(e.name)) continue;
      if (e.name.startsWith('~$') || e.name.startsWith('.~lock') || e.name.startsWith('._')) continue;
      if (found.length >= MAX_FOUND_FILES) {
        throw folderError(
          `Thư mục "${root}" có quá nhiều tệp bảng tính (hơn ${MAX_FOUND_FILES.toLocaleString('vi-VN')}). Hãy chọn đúng thư mục chứa báo cáo của các đơn vị.`,
        );
      }
      let st: fs.Stats;
      try {
        st = fs.statSync(abs);
      } catch {
        continue;
      }
      found.push({ relPath: path.relative(root, abs).split(path.sep).join('/'), absPath: abs, size: st.size, mtime: st.mtime });
    }
  };
  walk(root, 0);
  return found;
}

/** Removable drives and the usual personal folders that exist on this computer. */
export function folderSuggestions(): FolderSuggestion[] {
  const out: FolderSuggestion[] = [];
  const add = (p: string, label: string, kind: FolderSuggestion['kind']) => {
    try {
      if (fs.statSync(p).isDirectory() && !out.some((o) => o.path === p)) out.push({ path: p, label, kind });
    } catch {
      // not there
    }
  };
  if (process.platform === 'win32') {
    for (const letter of 'DEFGHIJKLMNOPQRSTUVWXYZ') add(`${letter}:\\`, `Ổ đĩa ${letter}: (USB hoặc ổ khác)`, 'removable');
  } else {
    const user = os.userInfo().username;
    for (const base of [`/media/${user}`, `/run/media/${user}`, '/media', '/mnt', '/Volumes']) {
      let names: string[];
      try {
        names = fs.readdirSync(base);
      } catch {
        continue;
      }
      for (const n of names) {
        const p = path.join(base, n);
        if (p === `/media/${user}` || p === `/run/media/${user}`) continue;
        if (base === '/Volumes' && n === 'Macintosh HD') continue;
        add(p, `USB / ổ gắn ngoài: ${n}`, 'removable');
      }
    }
  }
  const home = os.homedir();
  add(path.join(home, 'Desktop'), 'Màn hình nền (Desktop)', 'folder');
  add(path.join(home, 'Documents'), 'Tài liệu (Documents)', 'folder');
  add(path.join(home, 'Downloads'), 'Tải về (Downloads)', 'folder');
  add(home, `Thư mục cá nhân (${home})`, 'folder');
  return out;
}

/** Plain-language reason a write into the clerk's folder failed. */
export function writeErrorMessage(e: unknown, folder: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC') return `Ổ đĩa chứa "${folder}" đã đầy. Hãy xóa bớt tệp hoặc dùng USB khác.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `Không ghi được vào "${folder}": thư mục không cho phép ghi (USB có thể đang bật khóa ghi). Hãy chọn thư mục khác.`;
  }
  return `Không ghi được vào "${folder}". Hãy kiểm tra USB còn cắm và thử lại.`;
}
