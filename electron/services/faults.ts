import { AppError } from '../../shared/api/result';

// Disk and database faults, each with its own message saying what to do. Restarting the app fixes
// none of them, so none of them gets the generic "restart" message.

const SQLITE: Record<string, string> = {
  SQLITE_FULL:
    'Ổ đĩa chứa dữ liệu đã đầy nên chưa lưu được. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi làm lại; dữ liệu cũ vẫn còn nguyên.',
  SQLITE_READONLY:
    'Thư mục dữ liệu đang ở chế độ chỉ đọc nên không lưu được. Hãy kiểm tra quyền ghi của thư mục (hoặc USB bị khóa chống ghi) rồi mở lại phần mềm.',
  SQLITE_BUSY:
    'Dữ liệu đang được một chương trình khác dùng (có thể là phần mềm này mở lần thứ hai). Hãy đóng chương trình đó rồi làm lại.',
  SQLITE_LOCKED:
    'Dữ liệu đang được một chương trình khác dùng (có thể là phần mềm này mở lần thứ hai). Hãy đóng chương trình đó rồi làm lại.',
  SQLITE_CORRUPT:
    'Tệp dữ liệu đã bị hỏng. Đừng ghi thêm gì: hãy đóng phần mềm và mở lại để khôi phục từ bản sao lưu gần nhất (Cài đặt → Sao lưu & khôi phục).',
  SQLITE_NOTADB:
    'Tệp dữ liệu đã bị hỏng. Đừng ghi thêm gì: hãy đóng phần mềm và mở lại để khôi phục từ bản sao lưu gần nhất (Cài đặt → Sao lưu & khôi phục).',
  SQLITE_IOERR: 'Không đọc/ghi được ổ đĩa chứa dữ liệu (ổ đĩa lỗi, USB bị rút hoặc đầy). Hãy kiểm tra ổ đĩa rồi làm lại.',
  SQLITE_CANTOPEN: 'Không mở được tệp dữ liệu. Hãy kiểm tra thư mục dữ liệu còn đó và có quyền ghi.',
};

const FILE: Record<string, (where: string) => string> = {
  ENOSPC: (w) => `Ổ đĩa ${w} đã đầy. Hãy xóa bớt tệp trên ổ đó hoặc chọn ổ khác rồi làm lại.`,
  EDQUOT: (w) => `Ổ đĩa ${w} đã đầy. Hãy xóa bớt tệp trên ổ đó hoặc chọn ổ khác rồi làm lại.`,
  EROFS: (w) => `Không ghi được vào ${w}: ổ đĩa đang chỉ cho đọc (USB bị gạt khóa chống ghi?). Hãy mở khóa hoặc chọn chỗ khác.`,
  EACCES: (w) => `Không có quyền ghi vào ${w}. Hãy chọn thư mục khác (ví dụ Desktop hoặc USB).`,
  EPERM: (w) => `Không có quyền ghi vào ${w}. Hãy chọn thư mục khác (ví dụ Desktop hoặc USB).`,
  EBUSY: (w) => `Tệp trong ${w} đang được chương trình khác mở. Hãy đóng chương trình đó rồi làm lại.`,
  EIO: (w) => `Không đọc/ghi được ${w} (ổ đĩa lỗi hoặc USB bị rút ra). Hãy kiểm tra rồi làm lại.`,
  ENOENT: (w) => `Không tìm thấy ${w} (USB bị rút ra?). Hãy kiểm tra rồi làm lại.`,
};

const codeOf = (e: unknown): string => String((e as { code?: unknown } | null)?.code ?? '');

/** The message for a database fault (better-sqlite3 error codes, extended ones included), or null. */
export function databaseFault(e: unknown): AppError | null {
  const code = codeOf(e);
  const base = Object.keys(SQLITE).find((k) => code === k || code.startsWith(`${k}_`));
  return base ? new AppError('STORAGE', SQLITE[base]) : null;
}

/** The message for a file-system fault while writing or reading `where` (a folder or a file), or null. */
export function fileFault(e: unknown, where: string): AppError | null {
  if (e instanceof AppError) return null;
  const make = FILE[codeOf(e)];
  return make ? new AppError('STORAGE', make(`"${where}"`)) : databaseFault(e);
}
