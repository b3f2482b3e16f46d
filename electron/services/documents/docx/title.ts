import { AlignmentType, Paragraph } from 'docx';
import { ADDRESSEE_LABEL, RULE_GAP_PT, STYLES, addresseeLayout, type OfficialLayout } from '../../../../shared/documents/header-layout';
import { KIND_TITLES, type OfficialDocument } from '../../../../shared/documents/model';
import type { PageSetup } from './page';
import { TIGHT, centredLine, centredLines, ruleLine, run } from './runs';

// The title under the header block: type name (caps, 14, bold) and the subject (14, bold) with a
// short line under it. A công văn has none (its 'V/v …' sits under the number); it has the
// "Kính gửi:" block instead (NĐ 30/2020, Mẫu 1.4).

export function titleBlock(doc: OfficialDocument, setup: PageSetup, layout: OfficialLayout): Paragraph[] {
  const kindTitle = KIND_TITLES[doc.kind];
  if (kindTitle === null) return addresseeBlock(doc, setup);
  return [
    centredLine(kindTitle, STYLES.kindTitle, { spacing: { before: 480, after: 0, line: 240 }, keepNext: true }),
    centredLines(layout.subjectLines, STYLES.subject, { keepNext: true }),
    ruleLine(layout.subjectRulePt * 20, setup.textWidth, { before: RULE_GAP_PT * 20, after: 360 }),
  ];
}

/** Space above the "Kính gửi" block and between it and the body, twips. */
const ADDRESSEE_BEFORE = 360;
const ADDRESSEE_AFTER = 240;

function addresseeBlock(doc: OfficialDocument, setup: PageSetup): Paragraph[] {
  const size = setup.bodySize;
  const layout = addresseeLayout(doc.addressees, size, setup.textWidth);
  const keep = { keepNext: true, keepLines: true };
  switch (layout.mode) {
    case 'none':
      return [new Paragraph({ spacing: { before: 0, after: 240 }, children: [] })];
    case 'single': {
      const spacing = { ...TIGHT, before: ADDRESSEE_BEFORE, after: ADDRESSEE_AFTER };
      if (!layout.wraps) return [centredLine(layout.line, { size }, { spacing, ...keep })];
      const hang = Math.round(layout.labelPt * 20);
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing,
          indent: { left: hang, hanging: hang },
          ...keep,
          children: [run(layout.line, { size })],
        }),
      ];
    }
    case 'list': {
      const at = (pt: number) => Math.round(pt * 20);
      const last = layout.lines.length - 1;
      return [
        new Paragraph({
          spacing: { ...TIGHT, before: ADDRESSEE_BEFORE },
          indent: { left: at(layout.labelIndentPt) },
          ...keep,
          children: [run(ADDRESSEE_LABEL, { size })],
        }),
        ...layout.lines.map(
          (line, i) =>
            new Paragraph({
              spacing: { ...TIGHT, after: i === last ? ADDRESSEE_AFTER : 0 },
              indent: { left: at(layout.itemIndentPt) },
              keepNext: true,
              children: [run(line, { size })],
            }),
        ),
      ];
    }
  }
}
