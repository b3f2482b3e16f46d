// A plain list for the dashboard cards. antd's List brings its pagination (and the Select that
// pagination uses) into the first screen's download; these lists never page.
import type { ReactNode } from 'react';
import './compact-list.css';

export interface CompactListItem {
  key: string | number;
  content: ReactNode;
  /** On the right of the row (a count). */
  extra?: ReactNode;
  /** Buttons on the right of the row. */
  actions?: ReactNode;
}

export function CompactList({ items, empty }: { items: CompactListItem[]; empty?: ReactNode }) {
  if (!items.length) return empty ? <div className="compact-list-empty muted">{empty}</div> : null;
  return (
    <ul className="compact-list">
      {items.map((item) => (
        <li key={item.key}>
          <div className="compact-list-content">{item.content}</div>
          {item.extra !== undefined && <div className="compact-list-extra">{item.extra}</div>}
          {item.actions !== undefined && <div className="compact-list-actions">{item.actions}</div>}
        </li>
      ))}
    </ul>
  );
}
