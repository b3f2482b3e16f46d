import fs from 'node:fs';
import path from 'node:path';
import { app, screen, type BrowserWindow, type Rectangle } from 'electron';

export interface WindowState {
  width: number;
  height: number;
  /** Absent: let the OS centre the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;
const DEFAULT_STATE: WindowState = { width: 1280, height: 800, maximized: false };
/** How much of the window's top strip must be on a display for the saved position to be kept. */
const MIN_VISIBLE_WIDTH = 160;
const MIN_VISIBLE_HEIGHT = 40;

function stateFile(): string {
  return path.join(app.getPath('userData'), 'window-state.json');
}

/** Reads the saved size/position and checks it still fits the current displays. Call after `ready`. */
export function loadWindowState(): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(stateFile(), 'utf8'));
  } catch {
    return fitToDisplays({ ...DEFAULT_STATE });
  }
  return fitToDisplays(sanitize(raw));
}

function sanitize(raw: unknown): WindowState {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_STATE };
  const r = raw as Record<string, unknown>;
  const int = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
  const width = int(r.width);
  const height = int(r.height);
  const x = int(r.x);
  const y = int(r.y);
  return {
    width: width !== undefined && width >= MIN_WIDTH ? width : DEFAULT_STATE.width,
    height: height !== undefined && height >= MIN_HEIGHT ? height : DEFAULT_STATE.height,
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    maximized: r.maximized === true,
  };
}

/** Shrinks the window to the largest work area and drops a position that is off every display. */
function fitToDisplays(state: WindowState): WindowState {
  const displays = screen.getAllDisplays();
  if (displays.length === 0) return state;
  const maxWidth = Math.max(...displays.map((d) => d.workArea.width));
  const maxHeight = Math.max(...displays.map((d) => d.workArea.height));
  const fitted: WindowState = {
    ...state,
    width: Math.min(state.width, maxWidth),
    height: Math.min(state.height, maxHeight),
  };
  if (fitted.x === undefined || fitted.y === undefined) return fitted;
  // The title bar (top strip) must be visible enough to grab on some display.
  const titleBar: Rectangle = { x: fitted.x, y: fitted.y, width: fitted.width, height: MIN_VISIBLE_HEIGHT };
  const visible = displays.some((d) => {
    const overlap = intersect(titleBar, d.workArea);
    return overlap.width >= Math.min(MIN_VISIBLE_WIDTH, fitted.width) && overlap.height >= MIN_VISIBLE_HEIGHT / 2;
  });
  if (!visible) {
    delete fitted.x;
    delete fitted.y;
  }
  return fitted;
}

function intersect(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** Saves the normal (un-maximised) bounds and the maximised flag as the window moves, and on close. */
export function trackWindowState(win: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined;
  const snapshot = (): WindowState | null => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return null;
    const b = win.getNormalBounds();
    return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
  };
  let last: WindowState | null = snapshot();
  const remember = () => {
    const s = snapshot();
    if (s) last = s;
  };
  const scheduleSave = () => {
    remember();
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => save(last), 500);
  };
  win.on('resize', scheduleSave);
  win.on('move', scheduleSave);
  win.on('maximize', scheduleSave);
  win.on('unmaximize', scheduleSave);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    remember();
    save(last);
  });
}

function save(state: WindowState | null): void {
  if (!state) return;
  try {
    const file = stateFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state, null, 2));
    fs.renameSync(tmp, file);
  } catch (e) {
    console.warn('[window-state] could not save:', e);
  }
}
