import { describe, expect, it } from 'vitest';
import { detectLegacy, fromLegacy, TCVN3_TO_UNICODE, toTcvn3, toVni, VNI_TO_UNICODE } from '../../../shared/text/legacy-vn';
import { memberRecords } from '../../fixtures/members/generate';

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const every = VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')));

describe('legacy Vietnamese encodings', () => {
  it('TCVN3 has one code for every lowercase letter with every tone, and đ', () => {
    const values = new Set(TCVN3_TO_UNICODE.values());
    for (const l of [...every.filter((l) => !'aeiouy'.includes(l)), 'đ']) expect(values, l).toContain(l);
    expect(new Set(TCVN3_TO_UNICODE.keys()).size).toBe(TCVN3_TO_UNICODE.size);
    for (const l of [...every, 'đ']) expect(fromLegacy(toTcvn3(`x${l}`), 'TCVN3').text, l).toBe(`x${l}`);
  });

  it('VNI round-trips every letter with every tone, in both cases', () => {
    for (const l of [...every, 'đ']) {
      for (const c of [l, l.toUpperCase()]) {
        expect(fromLegacy(toVni(`b${c}n`), 'VNI').text, c).toBe(`b${c}n`);
        expect(fromLegacy(toVni(c), 'VNI').text, c).toBe(c);
      }
    }
    expect(VNI_TO_UNICODE.get('öù')).toBe('ứ'); // ư then a tone: one letter, not "ưu"…
    expect(VNI_TO_UNICODE.get('ôø')).toBe('ờ');
  });

  it('reads the names offices typed with the old fonts', () => {
    expect(fromLegacy('NguyÔn V¨n §øc')).toEqual({ text: 'Nguyễn Văn Đức', from: 'TCVN3' });
    expect(fromLegacy('Lª ThÞ Hoa').text).toBe('Lê Thị Hoa');
    expect(fromLegacy('TrÇn Quèc TuÊn').text).toBe('Trần Quốc Tuấn');
    expect(fromLegacy('Hä vµ tªn').text).toBe('Họ và tên');
    expect(fromLegacy('Ph\u00ad\u00acng').text).toBe('Phương'); // the soft hyphen is ư
    expect(fromLegacy('NGUYÔN V¨N §øC').text).toBe('NGUYỄN VĂN ĐỨC'); // .VnTimeH
    expect(fromLegacy('Döông Myõ Yeán')).toEqual({ text: 'Dương Mỹ Yến', from: 'VNI' });
    expect(fromLegacy('Nguyeãn Vaên Ñöùc').text).toBe('Nguyễn Văn Đức');
    expect(fromLegacy('Tröôøng THCS Vónh Thuaän').text).toBe('Trường THCS Vĩnh Thuận');
    expect(fromLegacy('NGUYEÃN THÒ HOA').text).toBe('NGUYỄN THỊ HOA');
  });

  it('never touches Unicode Vietnamese or plain text', () => {
    const names = memberRecords(4000, 77).map((r) => r.name);
    for (const n of [
      ...names,
      'Hoà Bình',
      'Khoá học',
      'Xuân Thuỷ',
      'Quân đội',
      'Müller',
      'José',
      'Tổng cộng',
      'Số CCCD',
      'THCS Vĩnh Thuận',
    ]) {
      expect(detectLegacy(n), n).toBeNull();
      expect(fromLegacy(n).text).toBe(n);
    }
  });

  it('converts nearly every generated name in either encoding, and never converts one wrongly', () => {
    const names = memberRecords(4000, 78).map((r) => r.name);
    const tally = { TCVN3: [0, 0], VNI: [0, 0] };
    for (const n of names) {
      for (const [enc, encoded] of [
        ['TCVN3', toTcvn3(n)],
        ['VNI', toVni(n)],
      ] as const) {
        // A capital with a tone ("Ẩn") has no TCVN3 code in the ordinary fonts: such names cannot occur.
        if (encoded === n || /[\u1ea0-\u1ef9\u0128\u0168]/.test(encoded)) continue;
        const r = fromLegacy(encoded);
        tally[enc][0]++;
        if (r.from === null) continue; // left as typed (no telling sign): the preview shows it
        expect(r.from, encoded).toBe(enc);
        expect(r.text, encoded).toBe(n);
        tally[enc][1]++;
      }
    }
    for (const [enc, [tried, converted]] of Object.entries(tally)) {
      expect(tried, enc).toBeGreaterThan(3000);
      expect(converted / tried, enc).toBeGreaterThan(0.97);
    }
  });
});
