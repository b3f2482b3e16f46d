import { describe, expect, it } from 'vitest';
import { distinctiveUnitName } from '../../../shared/units/display-name';

describe('distinctiveUnitName', () => {
  it('drops the words every unit name starts with, whatever their case or composition', () => {
    expect(distinctiveUnitName({ name: 'Công đoàn cơ sở Trường THCS Vĩnh Thuận' })).toBe('Trường THCS Vĩnh Thuận');
    expect(distinctiveUnitName({ name: 'CÔNG ĐOÀN CƠ SỞ Trường Tiểu học Vĩnh Thuận' })).toBe('Trường Tiểu học Vĩnh Thuận');
    expect(distinctiveUnitName({ name: 'CĐCS Công ty TNHH Minh Phú' })).toBe('Công ty TNHH Minh Phú');
    expect(distinctiveUnitName({ name: 'Công đoàn UBND xã Vĩnh Bình Bắc' })).toBe('UBND xã Vĩnh Bình Bắc');
    // Decomposed letters (as some converters write them) are matched too.
    expect(distinctiveUnitName({ name: 'Công đoàn cơ sở Trạm Y tế'.normalize('NFD') })).toBe('Trạm Y tế');
  });

  it('prefers the short name the clerk gave', () => {
    expect(distinctiveUnitName({ name: 'Công đoàn cơ sở Trường THCS Vĩnh Thuận', shortName: ' THCS Vĩnh Thuận ' })).toBe('THCS Vĩnh Thuận');
    expect(distinctiveUnitName({ name: 'Công đoàn cơ sở Trường THCS Vĩnh Thuận', shortName: '' })).toBe('Trường THCS Vĩnh Thuận');
  });

  it('keeps names that are nothing but the generic words, or do not start with them', () => {
    expect(distinctiveUnitName({ name: 'Công đoàn cơ sở' })).toBe('Công đoàn cơ sở');
    expect(distinctiveUnitName({ name: 'Công đoàn cơ sở A' })).toBe('Công đoàn cơ sở A');
    expect(distinctiveUnitName({ name: 'Trường Mầm non Hoa Sen' })).toBe('Trường Mầm non Hoa Sen');
    expect(distinctiveUnitName({ name: 'Công đoànviên' })).toBe('Công đoànviên');
  });
});
