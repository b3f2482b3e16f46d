// The autosave engine of the document editor, without React: each change waits a moment for the
// next keystroke, then one save runs at a time; a flush saves at once (leaving the editor, printing,
// issuing) and tells whether everything typed is stored. A failed save keeps the changes pending.

export type SaveStatus = { kind: 'saved'; at: string } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'error'; message: string };

export interface AutosaveDeps {
  /** Stores what is typed now (`manual`: a version kept for good); resolves to the time it was saved. */
  save: (manual: boolean) => Promise<string>;
  onStatus: (status: SaveStatus) => void;
  /** The Vietnamese message shown when a save fails. */
  describeError: (e: unknown) => string;
  /** How long to wait after the last change. */
  delayMs: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface Autosave {
  /** Something was typed: save after the delay (restarted by each change). */
  changed(): void;
  /** Saves now, after any save in progress; true when everything typed is stored. */
  flush(manual?: boolean): Promise<boolean>;
  /** Forgets pending changes (the document was replaced or deleted). */
  discard(): void;
  /** Changes not yet stored. */
  readonly dirty: boolean;
  /** A save is running. */
  readonly saving: boolean;
}

export function createAutosave(deps: AutosaveDeps): Autosave {
  const setTimer = deps.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let dirty = false;
  let timer: unknown;
  let inFlight: Promise<boolean> | null = null;

  const flush = async (manual = false): Promise<boolean> => {
    clearTimer(timer);
    while (inFlight) await inFlight;
    if (!dirty && !manual) return true;
    dirty = false;
    deps.onStatus({ kind: 'saving' });
    const saving = deps.save(manual).then(
      (at) => {
        // Typed while saving: those changes are still pending (their timer is running).
        deps.onStatus(dirty ? { kind: 'dirty' } : { kind: 'saved', at });
        return true;
      },
      (e: unknown) => {
        dirty = true;
        deps.onStatus({ kind: 'error', message: deps.describeError(e) });
        return false;
      },
    );
    inFlight = saving;
    const saved = await saving;
    inFlight = null;
    return saved;
  };

  return {
    changed() {
      dirty = true;
      deps.onStatus({ kind: 'dirty' });
      clearTimer(timer);
      timer = setTimer(() => void flush(), deps.delayMs);
    },
    flush,
    discard() {
      clearTimer(timer);
      dirty = false;
    },
    get dirty() {
      return dirty;
    },
    get saving() {
      return inFlight !== null;
    },
  };
}
