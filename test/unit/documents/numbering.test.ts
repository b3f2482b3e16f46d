import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/documents/model';
import { annexLabel, blockLine, numberBlocks, pointLetter, toRoman } from '../../../shared/documents/numbering';

const h = (level: 1 | 2 | 3, text = 'x'): Block => ({ type: 'heading', level, text });
const pt: Block = { type: 'point', text: 'p' };
const para: Block = { type: 'paragraph', text: 't' };
const bullet: Block = { type: 'bullet', text: 'b' };

describe('toRoman / pointLetter / annexLabel', () => {
  it('roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 1994].map(toRoman)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'IX',
      'X',
      'XIV',
      'XL',
      'XC',
      'MCMXCIV',
    ]);
    expect(() => toRoman(0)).toThrow(RangeError);
  });

  it('points follow the Vietnamese alphabet (a, b, c, d, đ, e, g, …)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(pointLetter)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k']);
    expect(pointLetter(23)).toBe('y');
    expect(pointLetter(24)).toBe('aa');
  });

  it('annex labels', () => {
    expect(annexLabel(0, 1)).toBe('Phụ lục');
    expect(annexLabel(0, 3)).toBe('Phụ lục I');
    expect(annexLabel(2, 3)).toBe('Phụ lục III');
  });
});

describe('numberBlocks', () => {
  it('numbers an outline like the seed plans', () => {
    const blocks = [h(1), h(2), bullet, h(2), h(3), para, h(3), h(1), h(2), pt, pt, pt, pt, pt, pt, h(2), pt, h(1), para, h(2)];
    expect(numberBlocks(blocks)).toEqual([
      'I.',
      '1.',
      null,
      '2.',
      '2.1.',
      null,
      '2.2.',
      'II.',
      '1.',
      'a)',
      'b)',
      'c)',
      'd)',
      'đ)',
      'e)',
      '2.',
      'a)',
      'III.',
      null,
      '1.',
    ]);
  });

  it('restarts level 3 under each level 2 and points after any heading', () => {
    expect(numberBlocks([h(2), h(3), h(3), h(2), h(3), pt, h(3), pt])).toEqual(['1.', '1.1.', '1.2.', '2.', '2.1.', 'a)', '2.2.', 'a)']);
  });

  it('copes with outlines that skip a level', () => {
    expect(numberBlocks([h(3), h(3), pt, para, pt])).toEqual(['1.', '2.', 'a)', null, 'b)']);
    expect(numberBlocks([])).toEqual([]);
  });

  it('prints lines the way renderers show them', () => {
    expect(blockLine({ type: 'heading', level: 1, text: 'Mục đích, yêu cầu' }, 'I.')).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    expect(blockLine({ type: 'heading', level: 2, text: 'Mục đích' }, '1.')).toBe('1. Mục đích');
    expect(blockLine({ type: 'bullet', text: 'Tuyên truyền' }, null)).toBe('- Tuyên truyền');
    expect(blockLine({ type: 'point', text: 'Tuyên truyền' }, 'đ)')).toBe('đ) Tuyên truyền');
    expect(blockLine({ type: 'paragraph', text: 'Văn bản' }, null)).toBe('Văn bản');
  });
});
