// Which files of a report preview are saved, and why: duplicates, blank templates, several
// versions of one unit, a version older than the unit's current one, and the clerk's ticks.
import type { FileChoice } from '../../../shared/reports/schema';
import { isoToVn } from '../../../shared/text/dates';
import type { ServiceContext } from '../context';
import type { Batch, BatchFile } from './import-types';
import { isRequired, type RoundRow } from './repo';
import { importLookups } from './submissions-repo';

/** No figure and no free text: the template came back untouched (a common USB mix-up). */
function isBlank(f: BatchFile): boolean {
  return f.values.length === 0 && !Object.values(f.free).some(Boolean);
}

/** When a version was made: the time the unit saved the file, else the day it was received. */
const madeAt = (savedAt: string | null, receivedOn: string | null) => savedAt ?? receivedOn ?? '';

const showTime = (iso: string) => (iso.length > 10 ? `${isoToVn(iso.slice(0, 10))} ${iso.slice(11, 16)}` : isoToVn(iso));

/**
 * Status of every file against the database and the rest of the batch: the same content seen
 * before → duplicate; a blank template → blank (not received); several files from one unit → the
 * newest wins, the others are skipped; a unit that already reported → replace, but never by an
 * older version; otherwise new. The clerk's ticks (`choice`) take a blank, an older or a skipped
 * file after all, or leave a file out.
 */
export function resolveStatuses(ctx: ServiceContext, round: RoundRow, batch: Batch): void {
  const shaSeen = new Map<string, BatchFile>();
  const lookups = importLookups(ctx, round.id);
  const candidates: BatchFile[] = [];
  for (const f of batch.files) {
    // Whose figures: the template's unit, or the unit the file's name gives when the clerk says so.
    if (f.templateUnit) {
      const u = f.forNamed && f.namedUnit ? f.namedUnit : f.templateUnit;
      f.unitId = u.id;
      f.unitCode = u.code;
      f.unitName = u.name;
    }
    f.statusNote = null;
    f.reusable = false;
    if (f.errors.length) {
      f.status = 'error';
      continue;
    }
    const earlier = f.sha256 ? shaSeen.get(f.sha256) : undefined;
    if (earlier) {
      f.status = 'duplicate';
      f.statusNote = `Giống hệt tệp "${earlier.fileName}" trong lần nhập này; chỉ nhập một lần.`;
      continue;
    }
    if (f.sha256) shaSeen.set(f.sha256, f);
    const before = f.sha256 ? lookups.bySha(f.sha256) : undefined;
    if (before && !(f.choice === true && !before.isCurrent)) {
      f.status = 'duplicate';
      f.reusable = !before.isCurrent;
      f.statusNote = before.isCurrent
        ? `Tệp này đã được nhập (nhận ngày ${isoToVn(before.receivedOn)}) và đang được dùng; không có gì thay đổi.`
        : `Tệp này đã được nhập (nhận ngày ${isoToVn(before.receivedOn)}); đơn vị đang dùng một bản khác, bản này vẫn có trong lịch sử. Đánh dấu "Nhập" để dùng lại bản này.`;
      continue;
    }
    if (before) f.reusable = true;
    if (f.choice === false) {
      f.status = 'skip';
      f.statusNote = 'Không nhập (đã bỏ chọn).';
      continue;
    }
    if (f.tampered && f.choice !== true) {
      f.status = 'skip';
      f.statusNote = 'Chưa nhập: thông tin nhận dạng trong tệp đã bị sửa.';
      continue;
    }
    if (f.namedUnit && f.forNamed && !isRequired(ctx, round.id, f.namedUnit.id)) {
      f.status = 'skip';
      f.statusNote = `Chưa nhập: ${f.namedUnit.name} không có trong danh sách phải báo cáo của đợt này.`;
      continue;
    }
    if (f.namedUnit && f.choice !== true && !f.forNamed) {
      f.status = 'skip';
      f.statusNote = `Chưa nhập: tên tệp là của ${f.namedUnit.code}, mẫu bên trong là của ${f.unitCode}.`;
      continue;
    }
    if (isBlank(f) && f.choice !== true) {
      f.status = 'blank';
      f.statusNote = 'Mẫu còn trống — chưa tính là đã nộp. Đánh dấu "Nhập" nếu đơn vị thật sự không có gì để báo cáo.';
      continue;
    }
    candidates.push(f);
  }
  // Several different files from the same unit: the one the clerk ticked, else the one saved last.
  const byUnit = new Map<number, BatchFile[]>();
  for (const f of candidates) byUnit.set(f.unitId!, [...(byUnit.get(f.unitId!) ?? []), f]);
  for (const [unitId, files] of byUnit) {
    files.sort(
      (a, b) => Number(a.choice === true) - Number(b.choice === true) || (a.savedAt ?? '').localeCompare(b.savedAt ?? '') || a.key - b.key,
    );
    const winner = files[files.length - 1];
    for (const f of files.slice(0, -1)) {
      f.status = 'skip';
      f.statusNote = `Đơn vị này có tệp ${winner.choice === true ? 'được chọn' : 'lưu sau hơn'} trong lần nhập này ("${winner.fileName}"); tệp này được bỏ qua.`;
    }
    const cur = lookups.current(unitId);
    if (!cur) {
      winner.status = 'new';
      continue;
    }
    const what =
      cur.source === 'manual'
        ? `số liệu nhập tay ngày ${isoToVn(cur.receivedOn)}`
        : `tệp "${cur.fileName ?? ''}" nhận ngày ${isoToVn(cur.receivedOn)}`;
    const older = winner.savedAt !== null && madeAt(winner.savedAt, null) < madeAt(cur.savedAt, cur.receivedOn);
    if (older && winner.choice !== true) {
      winner.status = 'skip';
      winner.statusNote = `Tệp này được lưu ngày ${showTime(winner.savedAt!)}, trước bản đang dùng (${what}); bản mới hơn được giữ. Đánh dấu "Nhập" nếu vẫn muốn dùng tệp này.`;
      continue;
    }
    winner.status = 'replace';
    winner.statusNote = older
      ? `Theo lựa chọn: thay thế ${what} bằng tệp cũ hơn này; bản đang dùng vẫn được giữ trong lịch sử.`
      : `Sẽ thay thế ${what}; bản cũ vẫn được giữ trong lịch sử.`;
  }
}

export function applyChoices(batch: Batch, choices: FileChoice[]): void {
  const byKey = new Map(choices.map((c) => [c.key, c]));
  for (const f of batch.files) {
    const c = byKey.get(f.key);
    f.choice = c ? c.include : null;
    f.forNamed = c?.forNamedUnit ?? false;
  }
}
