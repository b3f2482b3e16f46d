import type { FormInstance, Rule } from 'antd/es/form';
import type { ZodType } from 'zod';
import { useState } from 'react';
import { ApiCallError, errorMessage } from '../api/client';

/** An antd rule that validates a field with the same zod schema the API uses. */
export function zodRule(schema: ZodType): Rule {
  return {
    validator: async (_rule, value) => {
      const r = schema.safeParse(value ?? '');
      if (!r.success) throw new Error(r.error.issues[0]?.message ?? 'Giá trị chưa đúng.');
    },
  };
}

/** Puts the server's per-field messages next to the fields; returns true if any field matched. */
export function showFieldErrors(form: FormInstance, e: unknown): boolean {
  if (!(e instanceof ApiCallError)) return false;
  const names = Object.keys(e.fields).filter((k) => k !== '_');
  if (!names.length) return false;
  form.setFields(names.map((name) => ({ name: name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [e.fields[name]] })));
  return true;
}

export const DATE_FORMAT = 'DD/MM/YYYY';
export { dayjsToIso, isoToDayjs } from './iso-days';

/**
 * Saving state for a form dialog: runs a save, puts the server's messages on their fields, and
 * shows any other failure as one message above the form.
 */
export function useFormSave(form: FormInstance) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (save: () => Promise<void>) => {
    setSaving(true);
    setError(null);
    try {
      await save();
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, setError, run };
}
