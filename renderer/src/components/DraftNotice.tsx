import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { dropDraft, keepDraft, takeDraft, type Draft } from '../lib/unsaved';

/**
 * A long form's draft: what was typed in it when it was closed without saving, offered back the
 * next time the same form opens (a new record, or the same record). `key` is null while closed.
 */
export function useFormDraft<T>(key: string | null) {
  const [shown, setShown] = useState<{ key: string | null; draft: Draft<T> | null }>({ key: null, draft: null });
  // Reading the store when the key changes (the form opens): the draft offered is the one that
  // existed at that moment, not one kept while this form is open.
  if (shown.key !== key) setShown({ key, draft: key ? takeDraft<T>(key) : null });
  return {
    pending: shown.key === key ? shown.draft : null,
    keep: (values: T) => {
      if (key) keepDraft(key, values);
    },
    /** After a save, or when the clerk throws the draft away. */
    clear: () => {
      if (key) dropDraft(key);
      setShown({ key, draft: null });
    },
  };
}

function timeOf(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}`;
}

/** "Còn phần nhập dở…" with Khôi phục / Bỏ, above a form that has a draft. */
export function DraftNotice<T>({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: Draft<T> | null;
  onRestore: (values: T) => void;
  onDiscard: () => void;
}) {
  const [busy, setBusy] = useState(false);
  if (!draft) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      message={`Còn phần bạn nhập dở lúc ${timeOf(draft.keptAt)} mà chưa lưu.`}
      action={
        <Space>
          <Button
            size="small"
            type="primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              onRestore(draft.values);
            }}
          >
            Khôi phục
          </Button>
          <Button size="small" onClick={onDiscard}>
            Bỏ bản nháp
          </Button>
        </Space>
      }
    />
  );
}
