import { Button, Dropdown, Input, Select, Space } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  MoreOutlined,
  PlusOutlined,
  TableOutlined,
} from '@ant-design/icons';
import { memo, useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import {
  OUTLINE_LADDER,
  STEP_LABELS,
  emptyBlock,
  moveBlock,
  nextBlockStep,
  outlineStep,
  shiftStep,
  withStep,
  type OutlineStep,
} from '../../../../shared/documents/editing';
import type { TableBlock } from '../../../../shared/documents/model';
import { numberBlocks } from '../../../../shared/documents/numbering';
import { newUid, type KeyedBlock } from './editor-model';
import { TableEditor } from './TableEditor';

// The outline editor: one row per block (label, kind, text, actions). Keyboard: Enter splits the
// line into a new block, Tab / Shift+Tab indent / outdent (I. → 1. → 1.1. → đoạn → gạch đầu dòng
// → điểm a)), Alt+↑/↓ move, Backspace or Delete on an empty line removes it.

type Command =
  | { type: 'text'; text: string }
  | { type: 'step'; step: OutlineStep }
  | { type: 'shift'; direction: 1 | -1 }
  | { type: 'move'; direction: 1 | -1 }
  | { type: 'split'; before: string; after: string }
  | { type: 'add' }
  | { type: 'remove'; focus: 'previous' | 'next' }
  | { type: 'table'; block: TableBlock };

const STEP_OPTIONS = OUTLINE_LADDER.map((s) => ({ value: s, label: STEP_LABELS[s] }));

function gutter(block: KeyedBlock, label: string | null): string {
  if (block.type === 'bullet') return '-';
  if (block.type === 'paragraph') return '¶';
  if (block.type === 'table') return '';
  return label ?? '';
}

interface RowProps {
  block: KeyedBlock;
  index: number;
  label: string | null;
  readOnly: boolean;
  name: string;
  onCommand: (uid: number, command: Command) => void;
  onFocusRow?: (index: number) => void;
}

const Row = memo(function Row({ block, index, label, readOnly, name, onCommand, onFocusRow }: RowProps) {
  const step = block.type === 'table' ? null : outlineStep(block);
  const cmd = (c: Command) => onCommand(block.uid, c);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (readOnly || e.nativeEvent.isComposing) return;
    const el = e.currentTarget;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      cmd({ type: 'move', direction: e.key === 'ArrowUp' ? -1 : 1 });
    } else if (e.key === 'Tab' && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      cmd({ type: 'shift', direction: e.shiftKey ? -1 : 1 });
    } else if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      cmd({ type: 'split', before: el.value.slice(0, el.selectionStart), after: el.value.slice(el.selectionEnd) });
    } else if ((e.key === 'Backspace' || e.key === 'Delete') && el.value === '') {
      e.preventDefault();
      cmd({ type: 'remove', focus: e.key === 'Backspace' ? 'previous' : 'next' });
    }
  };

  const kindName = step ? STEP_LABELS[step] : 'Bảng';
  return (
    <div className={`outline-row is-${step ?? 'table'}`} onFocus={() => onFocusRow?.(index)}>
      <div className="outline-label" aria-hidden>
        {block.type === 'table' ? <TableOutlined /> : gutter(block, label)}
      </div>
      {step ? (
        <Select
          variant="borderless"
          className="outline-kind"
          size="small"
          value={step}
          disabled={readOnly}
          options={STEP_OPTIONS}
          onChange={(v) => cmd({ type: 'step', step: v })}
          aria-label={`Kiểu của dòng ${index + 1} (${name})`}
          popupMatchSelectWidth={false}
        />
      ) : (
        <span className="muted" style={{ paddingTop: 4 }}>
          Bảng
        </span>
      )}
      {block.type === 'table' ? (
        <span />
      ) : (
        <Input.TextArea
          data-uid={block.uid}
          value={block.text}
          readOnly={readOnly}
          autoSize={{ minRows: 1 }}
          aria-label={`${name}, dòng ${index + 1}: ${kindName}`}
          placeholder={block.type === 'heading' ? 'Tên đề mục' : 'Nội dung'}
          onChange={(e) => cmd({ type: 'text', text: e.target.value })}
          onKeyDown={onKeyDown}
        />
      )}
      {readOnly ? (
        <span />
      ) : (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'up', icon: <ArrowUpOutlined />, label: 'Chuyển lên (Alt+↑)', onClick: () => cmd({ type: 'move', direction: -1 }) },
              {
                key: 'down',
                icon: <ArrowDownOutlined />,
                label: 'Chuyển xuống (Alt+↓)',
                onClick: () => cmd({ type: 'move', direction: 1 }),
              },
              ...(step
                ? [
                    {
                      key: 'out',
                      icon: <MenuFoldOutlined />,
                      label: 'Lùi ra một cấp (Shift+Tab)',
                      onClick: () => cmd({ type: 'shift', direction: -1 }),
                    },
                    {
                      key: 'in',
                      icon: <MenuUnfoldOutlined />,
                      label: 'Thụt vào một cấp (Tab)',
                      onClick: () => cmd({ type: 'shift', direction: 1 }),
                    },
                  ]
                : []),
              { key: 'add', icon: <PlusOutlined />, label: 'Thêm dòng ở dưới (Enter)', onClick: () => cmd({ type: 'add' }) },
              { type: 'divider' as const },
              {
                key: 'remove',
                icon: <DeleteOutlined />,
                danger: true,
                label: 'Xóa dòng này',
                onClick: () => cmd({ type: 'remove', focus: 'previous' }),
              },
            ],
          }}
        >
          <Button
            size="small"
            type="text"
            className="outline-more"
            icon={<MoreOutlined />}
            aria-label={`Thao tác với dòng ${index + 1} (${name})`}
          />
        </Dropdown>
      )}
      {block.type === 'table' && (
        <div className="outline-table">
          <TableEditor block={block} readOnly={readOnly} onChange={(t) => cmd({ type: 'table', block: t })} />
        </div>
      )}
    </div>
  );
});

export interface OutlineEditorProps {
  blocks: KeyedBlock[];
  /** Functional update of the blocks. */
  onChange: (update: (blocks: KeyedBlock[]) => KeyedBlock[]) => void;
  readOnly: boolean;
  /** Used in labels: 'Nội dung', 'Phụ lục 1'. */
  name: string;
  onFocusBlock?: (index: number) => void;
}

export function OutlineEditor({ blocks, onChange, readOnly, name, onFocusBlock }: OutlineEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<{ uid: number; pos: number | 'end' } | null>(null);

  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const el = container.current?.querySelector<HTMLTextAreaElement>(`textarea[data-uid="${want.uid}"]`);
    if (!el) return;
    pendingFocus.current = null;
    el.focus();
    const pos = want.pos === 'end' ? el.value.length : want.pos;
    el.setSelectionRange(pos, pos);
    // A block moved with the focus in it fires no new focus event: report its new place.
    onFocusBlock?.(blocks.findIndex((b) => b.uid === want.uid));
  });

  const onCommand = useCallback(
    (uid: number, command: Command) =>
      onChange((list) => {
        const i = list.findIndex((b) => b.uid === uid);
        if (i < 0) return list;
        const block = list[i];
        const out = [...list];
        switch (command.type) {
          case 'text': {
            if (block.type === 'table') return list;
            const [first, ...rest] = command.text.split(/\r?\n/);
            out[i] = { ...block, text: first };
            // Several lines pasted at once become several blocks of the same kind.
            const added = rest
              .filter((t) => t.trim())
              .map((t) => ({ ...emptyBlock(outlineStep(block)), text: t, uid: newUid() }) as KeyedBlock);
            out.splice(i + 1, 0, ...added);
            if (added.length) pendingFocus.current = { uid: added[added.length - 1].uid, pos: 'end' };
            return out;
          }
          case 'step':
            if (block.type === 'table') return list;
            out[i] = withStep(block, command.step);
            return out;
          case 'shift':
            pendingFocus.current = { uid, pos: 'end' };
            return shiftStep(list, i, command.direction);
          case 'move': {
            pendingFocus.current = { uid, pos: 'end' };
            return moveBlock(list, i, command.direction).blocks;
          }
          case 'split': {
            if (block.type === 'table') return list;
            const fresh = { ...emptyBlock(nextBlockStep(block)), text: command.after, uid: newUid() } as KeyedBlock;
            out[i] = { ...block, text: command.before };
            out.splice(i + 1, 0, fresh);
            pendingFocus.current = { uid: fresh.uid, pos: 0 };
            return out;
          }
          case 'add': {
            const fresh = { ...emptyBlock(nextBlockStep(block)), uid: newUid() } as KeyedBlock;
            out.splice(i + 1, 0, fresh);
            pendingFocus.current = { uid: fresh.uid, pos: 0 };
            return out;
          }
          case 'remove': {
            out.splice(i, 1);
            const neighbour = command.focus === 'previous' ? (out[i - 1] ?? out[i]) : (out[i] ?? out[i - 1]);
            if (neighbour) pendingFocus.current = { uid: neighbour.uid, pos: command.focus === 'previous' ? 'end' : 0 };
            return out;
          }
          case 'table':
            out[i] = { ...command.block, uid };
            return out;
        }
      }),
    [onChange],
  );

  const append = (step: OutlineStep | 'table') => {
    const fresh: KeyedBlock =
      step === 'table'
        ? { type: 'table', columns: ['TT', 'Nội dung', 'Ghi chú'], rows: [['1', '', '']], uid: newUid() }
        : { ...emptyBlock(step), uid: newUid() };
    if (fresh.type !== 'table') pendingFocus.current = { uid: fresh.uid, pos: 0 };
    onChange((list) => [...list, fresh]);
  };

  const labels = numberBlocks(blocks);
  return (
    <div ref={container}>
      <div className="outline" role="list" aria-label={name}>
        {blocks.map((b, i) => (
          <div role="listitem" key={b.uid}>
            <Row block={b} index={i} label={labels[i]} readOnly={readOnly} name={name} onCommand={onCommand} onFocusRow={onFocusBlock} />
          </div>
        ))}
      </div>
      {!readOnly && (
        <Space wrap style={{ marginTop: 8 }}>
          <Button size="small" icon={<PlusOutlined />} onClick={() => append('h1')}>
            Đề mục I.
          </Button>
          <Button size="small" icon={<PlusOutlined />} onClick={() => append('h2')}>
            Đề mục 1.
          </Button>
          <Button size="small" icon={<PlusOutlined />} onClick={() => append('paragraph')}>
            Đoạn văn
          </Button>
          <Button size="small" icon={<PlusOutlined />} onClick={() => append('bullet')}>
            Gạch đầu dòng
          </Button>
          <Button size="small" icon={<TableOutlined />} onClick={() => append('table')}>
            Bảng
          </Button>
        </Space>
      )}
    </div>
  );
}
