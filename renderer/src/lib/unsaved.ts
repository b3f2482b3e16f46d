import { now } from './clock';
// What the clerk has typed and not saved, across the app: which dialogs are open with edits (so
// closing the window asks first) and the drafts of dialogs closed without saving (so reopening
// offers them back). Drafts live in memory only: the forms hold personal data (CCCD, birth dates)
// that must not be written anywhere outside the database.

const dirtyForms = new Set<symbol>();

/** Marks one open form as holding unsaved edits until the returned function is called. */
export function markUnsaved(): () => void {
  const token = Symbol('unsaved');
  dirtyForms.add(token);
  return () => {
    dirtyForms.delete(token);
  };
}

export function hasUnsaved(): boolean {
  return dirtyForms.size > 0;
}

/** Asks the clerk whether to leave the page and lose the edits (set by the app shell). */
let askLeave: () => Promise<boolean> = () => Promise.resolve(window.confirm('Rời trang này? Phần bạn vừa nhập chưa được lưu.'));

export function setLeaveQuestion(ask: () => Promise<boolean>): void {
  askLeave = ask;
}

/** True when nothing is unsaved, or the clerk agrees to leave it. */
export async function mayLeave(): Promise<boolean> {
  if (!hasUnsaved()) return true;
  const leave = await askLeave();
  // The edits are given up: the page that held them may take a moment to go (its code loading).
  if (leave) dirtyForms.clear();
  return leave;
}

let installed = false;

/**
 * Closing the browser tab or the desktop window while a form holds edits asks first: the page
 * cancels its unload, the browser shows its own question, and the desktop shell shows one in
 * Vietnamese (electron/main/window.ts, will-prevent-unload).
 */
export function installUnloadGuard(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('beforeunload', (e) => {
    if (!hasUnsaved()) return;
    e.preventDefault();
    // Older Chromium (and Electron) look at returnValue rather than preventDefault.
    e.returnValue = '';
  });
}

export interface Draft<T> {
  values: T;
  /** When it was kept, to tell the clerk which typing it is ("lúc 10:32"). */
  keptAt: Date;
}

const drafts = new Map<string, Draft<unknown>>();

export function keepDraft<T>(key: string, values: T): void {
  drafts.set(key, { values, keptAt: now() });
}

export function takeDraft<T>(key: string): Draft<T> | null {
  return (drafts.get(key) as Draft<T> | undefined) ?? null;
}

export function dropDraft(key: string): void {
  drafts.delete(key);
}
