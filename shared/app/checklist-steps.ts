// The first-run steps without their input schema, so that the dashboard shows them without loading zod.

/** The first-run steps on the dashboard, in the order a new office does them. */
export const CHECKLIST_STEPS = ['office', 'units', 'members', 'plan', 'round', 'backup'] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];

export interface Checklist {
  /** Each step is done when its data exists (office identity saved, ≥1 unit, ≥1 member…). */
  done: Record<ChecklistStep, boolean>;
  /** The clerk hid the list; it stays hidden until shown again. */
  hidden: boolean;
}
