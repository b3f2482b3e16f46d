// Saving a previewed unit list: new codes created, known codes updated (when asked), sectors and
// communes/wards named in the file created on the way. One transaction.
import { foldVi } from '../../../shared/text/vi';
import type { UnitImportResult } from '../../../shared/units/schema';
import type { ServiceContext } from '../context';
import { logChange } from '../history/change-log-repo';
import { insertSector, listSectors } from '../sectors/repo';
import { importAreaResolver } from './import-areas';
import { dropUnitBatch, parseUnitBook, unitBatch } from './list-import';
import { getUnit, insertUnit, updateUnitRow } from './repo';
import { silentProgress, type Progress } from '../progress';

export async function commitUnitImport(
  ctx: ServiceContext,
  input: Parameters<typeof unitBatch>[1],
  updateExisting: boolean,
  progress: Progress = silentProgress,
): Promise<UnitImportResult> {
  const batch = await unitBatch(ctx, input, progress);
  const parsed = await parseUnitBook(ctx, batch, progress);
  // One transaction from here: cancelling stops before it or not at all.
  await progress.phase('Đang lưu vào danh sách đơn vị', 0, { commit: true });
  const result = ctx.db.transaction(() => {
    const sectorIds = new Map(listSectors(ctx).map((s) => [foldVi(s.name), s.id]));
    const sectorId = (name: string | null): number | null => {
      if (!name) return null;
      const key = foldVi(name);
      if (!sectorIds.has(key)) sectorIds.set(key, insertSector(ctx, name));
      return sectorIds.get(key)!;
    };
    const areaId = importAreaResolver(ctx);
    let created = 0;
    let updated = 0;
    let skipped = 0;
    for (const row of parsed.rows) {
      const status = row.preview.status;
      if (!row.fields || status === 'error' || status === 'unchanged' || (status === 'update' && !updateExisting)) {
        skipped += 1;
        continue;
      }
      const { sectorName, areaName, ...rest } = row.fields;
      if (status === 'new') {
        const id = insertUnit(ctx, { ...rest, sectorId: sectorId(sectorName), areaId: areaId(areaName) });
        logChange(ctx, 'unit', id, 'import_create', null, getUnit(ctx, id));
        created += 1;
      } else {
        const before = getUnit(ctx, row.existingId!);
        updateUnitRow(ctx, row.existingId!, {
          ...rest,
          sectorId: sectorName ? sectorId(sectorName) : before.sectorId,
          areaId: areaName ? areaId(areaName) : before.areaId,
        });
        logChange(ctx, 'unit', row.existingId!, 'import_update', before, getUnit(ctx, row.existingId!));
        updated += 1;
      }
    }
    return { created, updated, skipped };
  })();
  dropUnitBatch(ctx, batch.id);
  return result;
}
