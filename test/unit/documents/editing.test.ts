import { describe, expect, it } from 'vitest';
import { compactDocument, emptyBlock, moveBlock, nextBlockStep, shiftStep } from '../../../shared/documents/editing';
import type { Block } from '../../../shared/documents/model';
import { tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';

const blocks: (Block & { uid: number })[] = [
  { uid: 1, type: 'heading', level: 1, text: 'Mục đích' },
  { uid: 2, type: 'paragraph', text: 'Đoạn' },
  { uid: 3, type: 'bullet', text: 'Ý' },
  { uid: 4, type: 'table', columns: ['TT'], rows: [] },
];

describe('outline editing', () => {
  it('Tab moves a block one step in, Shift+Tab one step out, keeping its text and id', () => {
    expect(shiftStep(blocks, 0, 1)[0]).toEqual({ uid: 1, type: 'heading', level: 2, text: 'Mục đích' });
    expect(shiftStep(blocks, 1, -1)[1]).toEqual({ uid: 2, type: 'heading', level: 3, text: 'Đoạn' });
    expect(shiftStep(blocks, 1, 1)[1]).toEqual({ uid: 2, type: 'bullet', text: 'Đoạn' });
    expect(shiftStep(blocks, 2, 1)[2]).toEqual({ uid: 3, type: 'point', text: 'Ý' });
    // The ends of the ladder and tables stay as they are.
    expect(shiftStep(blocks, 0, -1)[0]).toEqual(blocks[0]);
    expect(shiftStep(shiftStep(blocks, 2, 1), 2, 1)[2]).toEqual({ uid: 3, type: 'point', text: 'Ý' });
    expect(shiftStep(blocks, 3, 1)[3]).toBe(blocks[3]);
  });

  it('Alt+arrows swap with the neighbour and report the new index', () => {
    const down = moveBlock(blocks, 0, 1);
    expect(down.blocks.map((b) => b.uid)).toEqual([2, 1, 3, 4]);
    expect(down.index).toBe(1);
    expect(moveBlock(blocks, 0, -1)).toEqual({ blocks, index: 0 });
    expect(moveBlock(blocks, 3, 1).index).toBe(3);
  });

  it('Enter adds a block of the same kind, a paragraph after a heading', () => {
    expect(nextBlockStep(blocks[0])).toBe('paragraph');
    expect(nextBlockStep(blocks[2])).toBe('bullet');
    expect(emptyBlock('h2')).toEqual({ type: 'heading', level: 2, text: '' });
  });

  it('compacting drops blank blocks and lines only', () => {
    const doc = tetWorkersMonthPlan2024();
    const messy = {
      ...doc,
      basis: [...doc.basis, '  '],
      body: [{ type: 'paragraph' as const, text: '' }, ...doc.body, { type: 'bullet' as const, text: ' \u00a0' }],
      recipients: ['', ...doc.recipients],
    };
    expect(compactDocument(messy)).toEqual(doc);
  });
});
