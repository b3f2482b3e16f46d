import { Empty, Input, Modal, Spin, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData } from '@tanstack/react-query';
import { useDeferredValue, useRef, useState, type KeyboardEvent } from 'react';
import { SEARCH_KIND_LABELS, type SearchHit } from '../../../shared/search/schema';
import { errorMessage } from '../api/client';
import { skipToken, useApi } from '../api/hooks';
import { navigate } from '../app/useHashRoute';
import { searchHitHref } from './search-targets';
import './search-palette.css';

// Ctrl+K: one box that finds members, units, documents, incoming documents and rounds, without
// diacritics; ↑↓ move, Enter opens, Esc closes.

const LIST_ID = 'search-palette-list';
const optionId = (i: number) => `search-palette-option-${i}`;

export function SearchPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      closable={false}
      destroyOnHidden
      width={680}
      style={{ top: 72 }}
      className="search-palette-modal"
      // Names the dialog for screen readers; hidden on screen (the box says what it is).
      title="Tìm nhanh"
    >
      {open && <PaletteBody onClose={onClose} />}
    </Modal>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const [active, setActive] = useState(0);
  const input = useRef<InputRef>(null);
  const result = useApi('search.all', query ? { query } : skipToken, { placeholderData: keepPreviousData, staleTime: 0 });
  const groups = query ? (result.data?.groups ?? []) : [];
  const hits = groups.flatMap((g) => g.items);
  const current = Math.min(active, Math.max(hits.length - 1, 0));

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(searchHitHref(hit));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const next = (current + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[current]);
    }
  };

  let index = -1;
  return (
    <div className="search-palette">
      <Input
        ref={input}
        autoFocus
        size="large"
        variant="borderless"
        prefix={<SearchOutlined />}
        suffix={result.isFetching ? <Spin size="small" /> : null}
        placeholder="Tìm đoàn viên, đơn vị, văn bản, đợt báo cáo (gõ không dấu được)"
        aria-label="Tìm nhanh"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={hits.length ? optionId(current) : undefined}
        aria-autocomplete="list"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="search-palette-results">
        {!query && (
          <p className="search-palette-hint">
            Gõ tên đoàn viên, số CCCD, tên hoặc mã đơn vị, số hay trích yếu văn bản, tên đợt báo cáo. Không cần gõ dấu.
          </p>
        )}
        {query && result.error && <p className="search-palette-hint error">{errorMessage(result.error)}</p>}
        {query && result.data && groups.length === 0 && !result.isPlaceholderData && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`Không tìm thấy gì khớp với “${query}”. Hãy thử gõ ít chữ hơn.`} />
        )}
        <div id={LIST_ID} role="listbox" aria-label="Kết quả tìm kiếm">
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-label={SEARCH_KIND_LABELS[g.kind]}>
              <div className="search-palette-group" role="presentation">
                {SEARCH_KIND_LABELS[g.kind]}
                {g.total > g.items.length && (
                  <span className="muted">
                    {' '}
                    · {g.items.length}/{g.total.toLocaleString('vi-VN')} kết quả, gõ thêm để thu hẹp
                  </span>
                )}
              </div>
              {g.items.map((hit) => {
                index += 1;
                const i = index;
                return (
                  <div
                    key={`${hit.kind}-${hit.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === current}
                    className={`search-palette-option${i === current ? ' active' : ''}${hit.inactive ? ' inactive' : ''}`}
                    title={hit.detail ? `${hit.title} — ${hit.detail}` : hit.title}
                    onMouseMove={() => i !== current && setActive(i)}
                    onClick={() => choose(hit)}
                  >
                    <div className="search-palette-title">{hit.title}</div>
                    {hit.detail && <div className="search-palette-detail">{hit.detail}</div>}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <div className="search-palette-keys muted">
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> chọn
        </span>
        <span>
          <kbd>Enter</kbd> mở
        </span>
        <span>
          <kbd>Esc</kbd> đóng
        </span>
      </div>
    </div>
  );
}
