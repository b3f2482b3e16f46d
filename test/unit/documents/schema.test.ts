import { describe, expect, it } from 'vitest';
import { officialDocumentSchema } from '../../../shared/documents/schema';
import { longPlan, tetWorkersMonthPlan2024 } from '../../fixtures/documents/sample-plan';

describe('officialDocumentSchema', () => {
  it('accepts the sample plans unchanged', () => {
    const doc = tetWorkersMonthPlan2024();
    expect(officialDocumentSchema.parse(doc)).toEqual(doc);
    expect(officialDocumentSchema.safeParse(longPlan(6)).success).toBe(true);
  });

  it('cleans text: NFC and single spaces', () => {
    const doc = tetWorkersMonthPlan2024();
    const parsed = officialDocumentSchema.parse({ ...doc, title: '  Tổ chức   Tháng Công nhân '.normalize('NFD') });
    expect(parsed.title).toBe('Tổ chức Tháng Công nhân');
  });

  it('rejects unknown keys, a bad kind, a bad date, a bad heading level and ragged tables, in Vietnamese', () => {
    const doc = tetWorkersMonthPlan2024();
    const cases: unknown[] = [
      { ...doc, extra: 1 },
      { ...doc, kind: 'QĐ' },
      { ...doc, header: { ...doc.header, date: '2024-02-30' } },
      { ...doc, header: { ...doc.header, number: 0 } },
      { ...doc, body: [{ type: 'heading', level: 4, text: 'x' }] },
      { ...doc, body: [{ type: 'table', columns: ['TT', 'Nội dung'], rows: [['1']] }] },
      { ...doc, body: [{ type: 'quote', text: 'x' }] },
      { ...doc, signer: { ...doc.signer, name: '  ' } },
    ];
    for (const c of cases) {
      const r = officialDocumentSchema.safeParse(c);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0].message).toMatch(/[À-ỹ]/u);
    }
  });

  it('accepts a draft without number and an annex note left to be generated', () => {
    const doc = tetWorkersMonthPlan2024();
    const parsed = officialDocumentSchema.parse({ ...doc, header: { ...doc.header, number: null, superiorBody: '' } });
    expect(parsed.header.number).toBeNull();
    expect(parsed.header.superiorBody).toBeNull();
    expect(parsed.annexes[0].note).toBeNull();
  });
});
