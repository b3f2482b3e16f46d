import { describe, expect, it } from 'vitest';
import { countText } from '../../../renderer/src/pages/members/count-text';

describe('the member count above the list', () => {
  it('is written as the Vietnamese number format writes it', () => {
    for (const n of [0, 7, 42, 999, 1000, 1234, 99_520, 100_000, 1_234_567, 10_000_000]) {
      expect(countText(n)).toBe(n.toLocaleString('vi-VN'));
    }
    expect(countText(99_520)).toBe('99.520');
  });
});
