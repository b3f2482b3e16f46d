import type { FormInstance } from 'antd';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useCloseGuard } from '../lib/useCloseGuard';
import { DraftNotice, useFormDraft } from './DraftNotice';

interface Options<V> {
  open: boolean;
  form: FormInstance<V>;
  /** Really closes the dialog. */
  onClose: () => void;
  /**
   * Which record the form edits ("member:new", "member:12"); given for long forms, whose typing is
   * kept as a draft when closed without saving and offered back when the same form opens again.
   */
  draftKey?: string | null;
  /** Fields a control fills in by itself (suggestions), whose change alone is not the clerk's typing. */
  selfFilled?: readonly string[];
}

/**
 * An antd form dialog that never loses typing: tracks unsaved edits, asks before closing them
 * (Esc, ×, a click outside, "Hủy", closing the window), and keeps a draft for long forms.
 * Spread `formProps` on the Form and `modalProps` on the Modal, put `notice` above the fields,
 * call `saved()` after a successful save and `requestClose` from any "Hủy" button.
 */
export function useGuardedForm<V>({ open, form, onClose, draftKey = null, selfFilled = [] }: Options<V>) {
  const [dirty, setDirty] = useState(false);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setDirty(false);
  }
  const draft = useFormDraft<V>(open ? draftKey : null);
  const closeUnsaved = () => {
    if (dirty && draftKey) draft.keep(form.getFieldsValue(true) as V);
    onClose();
  };
  const guard = useCloseGuard({ open, dirty, onClose: closeUnsaved, keepsDraft: !!draftKey });
  return {
    dirty,
    markDirty: () => setDirty(true),
    formProps: {
      onValuesChange: (changed: object) => {
        if (Object.keys(changed).some((k) => !selfFilled.includes(k))) setDirty(true);
      },
    },
    modalProps: guard.modalProps,
    requestClose: guard.requestClose,
    saved: () => {
      draft.clear();
      // At once, unsaved mark included: the caller often goes to another page right after (the
      // editor of a document just created), which must not ask about edits that were just saved.
      flushSync(() => setDirty(false));
    },
    notice: (
      <DraftNotice
        draft={draft.pending}
        onRestore={(v: V) => {
          form.setFieldsValue(v as Parameters<FormInstance<V>['setFieldsValue']>[0]);
          setDirty(true);
          draft.clear();
        }}
        onDiscard={draft.clear}
      />
    ),
  };
}
