import type { ReactNode } from 'react';

// Small building blocks of the guide's text, so every part reads the same way.

/** A button, tab or menu the clerk sees on screen, written exactly as it is labelled there. */
export function Ui({ children }: { children: ReactNode }) {
  return <span className="help-ui">{children}</span>;
}

/** A key or key combination, e.g. <Key>Ctrl+K</Key>. */
export function Key({ children }: { children: ReactNode }) {
  return <kbd className="help-key">{children}</kbd>;
}

/** Numbered steps, done in order. */
export function Steps({ children }: { children: ReactNode }) {
  return <ol className="help-steps">{children}</ol>;
}

/** Good to know; not a step. */
export function Tip({ children }: { children: ReactNode }) {
  return <p className="help-tip">{children}</p>;
}

/** A short heading inside a part, for a second task (e.g. "Sửa, giải thể đơn vị"). */
export function Sub({ children }: { children: ReactNode }) {
  return <h3 className="help-sub">{children}</h3>;
}
