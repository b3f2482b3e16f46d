import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../renderer/src/app/hash-route';

describe('hash addresses', () => {
  it('splits the page from its parameters', () => {
    const r = parseHash('#/bao-cao?dot=3&the=nhan');
    expect(r.page).toBe('bao-cao');
    expect(r.query.get('dot')).toBe('3');
    expect(r.query.get('the')).toBe('nhan');
  });

  it('reads an empty or slash-less address', () => {
    expect(parseHash('').page).toBe('');
    expect(parseHash('#van-ban').page).toBe('van-ban');
    expect([...parseHash('#/cai-dat').query]).toEqual([]);
  });
});
