import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { Member } from '../../../../shared/members/schema';
import { invalidateAfter } from '../../api/hooks';
import { useOpenedOnce } from '../../lib/useOpenedOnce';

// The member list's dialogs, each fetched the first time it opens rather than with the list, so
// that the first screen of 100,000 members shows sooner (renderer.members_first_row_ms,
// test/bench/members-start.ts). Once opened, a dialog stays mounted and keeps its closing animation.
const MemberDrawer = lazy(() => import('./MemberDrawer').then((m) => ({ default: m.MemberDrawer })));
const MemberFormModal = lazy(() => import('./MemberFormModal').then((m) => ({ default: m.MemberFormModal })));
const MemberImportModal = lazy(() => import('./MemberImportModal').then((m) => ({ default: m.MemberImportModal })));
const DuplicatesDrawer = lazy(() => import('./duplicates/DuplicatesDrawer').then((m) => ({ default: m.DuplicatesDrawer })));

export type Editing = Member | 'new' | null;

interface Props {
  /** The member whose record is open (the drawer). */
  openId: number | null;
  setOpenId: (id: number | null) => void;
  /** The member being edited, or a new one (the form). */
  editing: Editing;
  setEditing: (m: Editing) => void;
  importing: boolean;
  setImporting: (on: boolean) => void;
  findingDuplicates: boolean;
  setFindingDuplicates: (on: boolean) => void;
  /** The unit the list is filtered on: the default of a new member and of an import. */
  unitId: number | null;
  /** The list changed: it loads its pages again. */
  onChanged: () => void;
}

export function ListDialogs(p: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const drawerUsed = useOpenedOnce(p.openId !== null);
  const formUsed = useOpenedOnce(p.editing !== null);
  const importUsed = useOpenedOnce(p.importing);
  const duplicatesUsed = useOpenedOnce(p.findingDuplicates);
  // One Suspense boundary per dialog: one being fetched does not hide another that is open.
  return (
    <>
      {drawerUsed && (
        <Suspense fallback={null}>
          <MemberDrawer memberId={p.openId} onClose={() => p.setOpenId(null)} onEdit={(m) => p.setEditing(m)} onChanged={p.onChanged} />
        </Suspense>
      )}
      {formUsed && (
        <Suspense fallback={null}>
          <MemberFormModal
            open={p.editing !== null}
            member={p.editing === 'new' ? null : p.editing}
            defaultUnitId={p.unitId}
            onClose={() => p.setEditing(null)}
            onSaved={(m) => {
              const wasNew = p.editing === 'new';
              p.setEditing(null);
              p.onChanged();
              message.success(wasNew ? `Đã thêm đoàn viên ${m.name}.` : `Đã lưu thông tin ${m.name}.`);
            }}
          />
        </Suspense>
      )}
      {duplicatesUsed && (
        <Suspense fallback={null}>
          <DuplicatesDrawer open={p.findingDuplicates} onClose={() => p.setFindingDuplicates(false)} onChanged={p.onChanged} />
        </Suspense>
      )}
      {importUsed && (
        <Suspense fallback={null}>
          <MemberImportModal
            open={p.importing}
            defaultUnitId={p.unitId}
            onClose={() => p.setImporting(false)}
            onDone={(r) => {
              p.setImporting(false);
              p.onChanged();
              // The import saves through the progress channel, not useApiMutation.
              void invalidateAfter(qc, 'members.importCommit');
              message.success(
                `Đã nhập ${r.created} đoàn viên mới; bỏ qua ${r.skippedExisting} người đã có và ${r.skippedErrors} dòng lỗi.`,
              );
            }}
          />
        </Suspense>
      )}
    </>
  );
}
