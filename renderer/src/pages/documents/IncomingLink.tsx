import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import type { DocumentRecord } from '../../../../shared/documents/api';
import { basisLine } from '../../../../shared/incoming/basis';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { IncomingSelect } from '../incoming/IncomingSelect';

// "Thực hiện văn bản" in the editor of a plan or guidance: the incoming document chosen when the
// draft was made stays chosen when it is reopened; choosing another rewrites the basis line, and
// a basis line edited away from the chosen document is pointed out with a way back.

interface Props {
  record: DocumentRecord;
  basis: readonly string[];
  readOnly: boolean;
  /** Saves pending edits first; false stops the change. */
  beforeChange: () => Promise<boolean>;
  onChanged: (r: DocumentRecord) => void;
}

export function IncomingLink({ record, basis, readOnly, beforeChange, onChanged }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const setIncoming = useApiMutation('documents.setIncoming');
  const linked = record.incoming;
  const expected = linked ? basisLine(linked) : null;
  const drifted = !!expected && !basis.some((line) => line.replace(/^Căn cứ /u, 'Thực hiện ') === expected);

  const choose = async (incomingId: number | null) => {
    setBusy(true);
    try {
      if (!(await beforeChange())) return;
      onChanged(await setIncoming.mutateAsync({ id: record.id, incomingId }));
      message.success(incomingId === null ? 'Đã bỏ liên kết với văn bản đến.' : 'Đã ghi dòng căn cứ theo văn bản đến đã chọn.');
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (readOnly) {
    return linked ? <div className="muted">Thực hiện văn bản đến: {expected}</div> : null;
  }
  return (
    <div className="doc-incoming-link" aria-busy={busy}>
      <IncomingSelect value={linked?.id ?? null} onChange={(v) => void choose(v)} />
      {drifted && (
        <Alert
          style={{ marginTop: 6 }}
          type="warning"
          showIcon
          message="Dòng căn cứ khác với văn bản đến đã chọn (đã sửa tay, hoặc sổ văn bản đến vừa được sửa)."
          action={
            <Button size="small" loading={busy} onClick={() => void choose(linked!.id)}>
              Viết lại dòng căn cứ
            </Button>
          }
        />
      )}
    </div>
  );
}
