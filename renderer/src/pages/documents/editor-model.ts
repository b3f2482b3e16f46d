import type { Block, OfficialDocument } from '../../../../shared/documents/model';

// The document as the editor holds it: every block carries a local id (React keys, focus), which is
// dropped before saving.

export type KeyedBlock = Block & { uid: number };

export interface EditorAnnex extends Omit<OfficialDocument['annexes'][number], 'blocks'> {
  uid: number;
  blocks: KeyedBlock[];
}

export interface EditorDoc extends Omit<OfficialDocument, 'body' | 'annexes'> {
  body: KeyedBlock[];
  annexes: EditorAnnex[];
}

let counter = 0;
export const newUid = () => ++counter;

export const keyBlocks = (blocks: readonly Block[]): KeyedBlock[] => blocks.map((b) => ({ ...b, uid: newUid() }));

export function toEditorDoc(doc: OfficialDocument): EditorDoc {
  return { ...doc, body: keyBlocks(doc.body), annexes: doc.annexes.map((a) => ({ ...a, uid: newUid(), blocks: keyBlocks(a.blocks) })) };
}

const stripBlock = ({ uid: _uid, ...b }: KeyedBlock): Block => b as Block;

export function fromEditorDoc(doc: EditorDoc): OfficialDocument {
  return {
    ...doc,
    body: doc.body.map(stripBlock),
    annexes: doc.annexes.map(({ uid: _uid, blocks, ...a }) => ({ ...a, blocks: blocks.map(stripBlock) })),
  };
}
