import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/docx/index';
import type { OfficialDocument } from '../../../shared/documents/model';
import { tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';
import { attrs, findParagraph, paragraphsOf, readDocx, sections } from './read-docx';

// Công văn, drafts, offices without a superior body, several and landscape annexes, hostile text.

async function documentXml(doc: OfficialDocument): Promise<string> {
  return readDocx(await renderDocx(doc)).document;
}

const plan = tetWorkersMonthPlan2024;

describe('công văn', () => {
  it('has no type code and no title; V/v sits under the number, 12, upright', async () => {
    const doc: OfficialDocument = {
      ...plan(),
      kind: 'CV',
      header: { ...plan().header, number: 243 },
      title: 'Báo cáo kết quả Tháng Công nhân năm 2024',
      body: [{ type: 'paragraph', text: 'Ban Thường vụ LĐLĐ huyện đề nghị các CĐCS trực thuộc báo cáo kết quả.' }],
      annexes: [],
    };
    const xml = await documentXml(doc);
    findParagraph(xml, 'Số: 243/LĐLĐ');
    // Too long for the left column at 12 pt: balanced lines, broken by the writer.
    const vv = findParagraph(xml, 'V/v Báo cáo kết quả Tháng\nCông nhân năm 2024');
    expect(vv.runs.map((r) => [r.size, r.bold, r.italic])).toEqual([
      [24, false, false],
      [24, false, false],
    ]);
    for (const kindTitle of ['KẾ HOẠCH', 'HƯỚNG DẪN', 'BÁO CÁO', 'THÔNG BÁO']) expect(xml).not.toContain(`>${kindTitle}<`);
    const rows = [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.some((r) => r.includes('Số: 243/LĐLĐ') && r.includes('V/v Báo cáo'))).toBe(true);
  });
});

describe('other kinds and drafts', () => {
  it.each([
    ['HD', 'HƯỚNG DẪN'],
    ['BC', 'BÁO CÁO'],
    ['TB', 'THÔNG BÁO'],
  ] as const)('%s prints %s', async (kind, title) => {
    const xml = await documentXml({ ...plan(), kind, annexes: [] });
    findParagraph(xml, title);
    findParagraph(xml, `Số: 29/${kind}-LĐLĐ`);
  });

  it('a draft keeps a blank for the number', async () => {
    const xml = await documentXml({ ...plan(), header: { ...plan().header, number: null } });
    findParagraph(xml, 'Số:      /KH-LĐLĐ');
    findParagraph(xml, '(Kèm theo Kế hoạch số …/KH-LĐLĐ ngày 28 tháng 3 năm 2024)');
  });

  it('an office without a superior body prints only its own name; a head signing alone has no TM. line', async () => {
    const doc = plan();
    const xml = await documentXml({
      ...doc,
      header: { ...doc.header, superiorBody: null },
      signer: { authority: null, title: 'Chủ tịch', name: 'Lê Kim Thoa' },
    });
    expect(xml).not.toContain('TỈNH KIÊN GIANG<');
    findParagraph(xml, 'LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN VĨNH THUẬN');
    expect(xml).not.toContain('TM. BAN');
    findParagraph(xml, 'CHỦ TỊCH');
  });
});

describe('annexes', () => {
  it('numbers several annexes I, II and can print one on landscape pages', async () => {
    const doc = plan();
    const second = {
      ...doc.annexes[0],
      title: 'Danh sách đoàn viên được thăm hỏi',
      note: '(Kèm theo Kế hoạch số 29/KH-LĐLĐ)',
      landscape: true,
    };
    const xml = await documentXml({ ...doc, annexes: [doc.annexes[0], second] });
    findParagraph(xml, 'Phụ lục I');
    findParagraph(xml, 'Phụ lục II');
    findParagraph(xml, '(Kèm theo Kế hoạch số 29/KH-LĐLĐ)');
    const sects = sections(xml);
    expect(sects).toHaveLength(3);
    expect(attrs(sects[1], 'pgSz')).toMatchObject({ w: '11906', h: '16838', orient: 'portrait' });
    expect(attrs(sects[2], 'pgSz')).toMatchObject({ w: '16838', h: '11906', orient: 'landscape' });
    // Annex pages keep their page numbers.
    for (const s of sects.slice(1)) expect(s).toMatch(/<w:headerReference w:type="default"/);
  });
});

describe('text safety', () => {
  it('escapes markup and drops characters XML cannot hold', async () => {
    const doc = plan();
    const nasty = 'Chi\u0001 phí <b>1.500.000 đ</b> & "quà"\u0007\u000b\uFFFF\ud800 tặng\ttết';
    const xml = await documentXml({ ...doc, body: [{ type: 'paragraph', text: nasty }, ...doc.body] });
    // eslint-disable-next-line no-control-regex -- the characters XML forbids must be gone
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).toContain('&lt;b&gt;1.500.000 đ&lt;/b&gt; &amp;');
    expect(paragraphsOf(xml).some((p) => p.text === 'Chi phí <b>1.500.000 đ</b> & "quà" tặng tết')).toBe(true);
  });

  it('stores text in NFC even when it arrives decomposed', async () => {
    const doc = plan();
    const xml = await documentXml({ ...doc, title: 'Tổ chức Tháng Công nhân'.normalize('NFD') });
    findParagraph(xml, 'Tổ chức Tháng Công nhân');
  });
});
