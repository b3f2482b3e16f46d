import { cleanSpaces } from '../text/vi';
import type { Block, HeadingLevel, OfficialDocument } from './model';

// Outline editing as pure functions (the editor's keyboard commands), so they are tested once and
// the editor only keeps state.

/** From the outside in: Tab moves a block one step right, Shift+Tab one step left. */
export const OUTLINE_LADDER = ['h1', 'h2', 'h3', 'paragraph', 'bullet', 'point'] as const;
export type OutlineStep = (typeof OUTLINE_LADDER)[number];

export const STEP_LABELS: Record<OutlineStep, string> = {
  h1: 'Đề mục I.',
  h2: 'Đề mục 1.',
  h3: 'Đề mục 1.1.',
  paragraph: 'Đoạn văn',
  bullet: 'Gạch đầu dòng -',
  point: 'Điểm a)',
};

type TextBlock = Exclude<Block, { type: 'table' }>;

export function outlineStep(block: TextBlock): OutlineStep {
  return block.type === 'heading' ? (`h${block.level}` as OutlineStep) : block.type;
}

/** The same text as a block of another step (keeps any extra fields such as an editor id). */
export function withStep<B extends TextBlock>(block: B, step: OutlineStep): B {
  const { type: _t, text, ...rest } = block as B & { level?: HeadingLevel };
  delete (rest as { level?: HeadingLevel }).level;
  if (step === 'h1' || step === 'h2' || step === 'h3') {
    return { ...rest, type: 'heading', level: Number(step[1]) as HeadingLevel, text } as unknown as B;
  }
  return { ...rest, type: step, text } as unknown as B;
}

/** Moves block i one step in (+1, Tab) or out (−1, Shift+Tab); tables and the ends of the ladder stay. */
export function shiftStep<B extends Block>(blocks: readonly B[], i: number, direction: 1 | -1): B[] {
  const block = blocks[i];
  if (!block || block.type === 'table') return [...blocks];
  const at = OUTLINE_LADDER.indexOf(outlineStep(block));
  const next = OUTLINE_LADDER[at + direction];
  if (!next) return [...blocks];
  const out = [...blocks];
  out[i] = withStep(block as B & TextBlock, next);
  return out;
}

/** Swaps block i with its neighbour above (−1) or below (+1). Returns the blocks and the new index. */
export function moveBlock<B>(blocks: readonly B[], i: number, direction: 1 | -1): { blocks: B[]; index: number } {
  const j = i + direction;
  if (i < 0 || i >= blocks.length || j < 0 || j >= blocks.length) return { blocks: [...blocks], index: i };
  const out = [...blocks];
  [out[i], out[j]] = [out[j], out[i]];
  return { blocks: out, index: j };
}

/** The kind of block Enter creates after `block`: the same, except after a heading (a paragraph). */
export function nextBlockStep(block: Block | undefined): OutlineStep {
  if (!block || block.type === 'table' || block.type === 'heading') return 'paragraph';
  return block.type;
}

export function emptyBlock(step: OutlineStep): TextBlock {
  return withStep({ type: 'paragraph', text: '' }, step);
}

const blank = (s: string) => cleanSpaces(s) === '';

/** Drops what the clerk left empty (blank blocks and lines) so a draft can always be saved. */
export function compactDocument(doc: OfficialDocument): OfficialDocument {
  const blocks = (list: Block[]) => list.filter((b) => b.type === 'table' || !blank(b.text));
  const lines = (list: string[]) => list.filter((s) => !blank(s));
  return {
    ...doc,
    basis: lines(doc.basis),
    intro: lines(doc.intro),
    body: blocks(doc.body),
    closing: lines(doc.closing),
    recipients: lines(doc.recipients),
    ...(doc.addressees ? { addressees: lines(doc.addressees) } : {}),
    annexes: doc.annexes.map((a) => ({ ...a, blocks: blocks(a.blocks) })),
  };
}
