import { describe, expect, it } from 'vitest';
import { basisLine, citedDate, subjectInSentence, withBasisLine, type BasisSource } from '../../../shared/incoming/basis';
import { kindFromNumber } from '../../../shared/incoming/kinds';
import { outgoingSubject, recipientsText } from '../../../shared/incoming/register';

const seed000: BasisSource = {
  docKind: 'KH',
  docNumber: '29/KH-LĐLĐ',
  docDate: '2024-03-22',
  issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang',
  subject: 'Về việc tổ chức các hoạt động Tháng Công nhân năm 2024',
};

describe('the basis line of a plan carrying out an incoming document', () => {
  it('reads exactly as seed 000', () => {
    expect(basisLine(seed000)).toBe(
      'Thực hiện Kế hoạch số 29/KH-LĐLĐ, ngày 22/3/2024 của Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang về việc tổ chức các hoạt động Tháng Công nhân năm 2024.',
    );
  });

  it('writes each kind by its name, with the verb asked for', () => {
    const tld: BasisSource = {
      docKind: 'KH',
      docNumber: '274/KH-TLĐ',
      docDate: '2022-11-30',
      issuer: 'Tổng Liên đoàn Lao động Việt Nam',
      subject: 'tổ chức các hoạt động Tháng Công nhân năm 2023',
    };
    expect(basisLine(tld, 'Căn cứ')).toBe(
      'Căn cứ Kế hoạch số 274/KH-TLĐ, ngày 30/11/2022 của Tổng Liên đoàn Lao động Việt Nam về việc tổ chức các hoạt động Tháng Công nhân năm 2023.',
    );
    expect(
      basisLine({
        docKind: 'CV',
        docNumber: '243/LĐLĐ',
        docDate: '2025-01-05',
        issuer: 'Liên đoàn Lao động tỉnh An Giang',
        subject: 'V/v Hướng dẫn báo cáo quý I.',
      }),
    ).toBe('Thực hiện Công văn số 243/LĐLĐ, ngày 05/01/2025 của Liên đoàn Lao động tỉnh An Giang về việc hướng dẫn báo cáo quý I.');
    expect(
      basisLine({
        docKind: 'QD',
        docNumber: '933/QĐ-TLĐ',
        docDate: '2024-05-14',
        issuer: 'Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam',
        subject: 'ban hành quy định về thể thức văn bản của tổ chức công đoàn',
      }),
    ).toBe(
      'Thực hiện Quyết định số 933/QĐ-TLĐ, ngày 14/5/2024 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về việc ban hành quy định về thể thức văn bản của tổ chức công đoàn.',
    );
    expect(
      basisLine({
        docKind: 'HD',
        docNumber: '05/HD-LĐLĐ',
        docDate: '2025-02-03',
        issuer: 'Ban Thường vụ LĐLĐ tỉnh',
        subject: 'Tháng hành động về ATVSLĐ năm 2025',
      }),
    ).toBe('Thực hiện Hướng dẫn số 05/HD-LĐLĐ, ngày 03/02/2025 của Ban Thường vụ LĐLĐ tỉnh về việc Tháng hành động về ATVSLĐ năm 2025.');
    expect(
      basisLine({
        docKind: 'KHAC',
        docNumber: '12/BC-LĐLĐ',
        docDate: '2025-10-09',
        issuer: 'LĐLĐ tỉnh',
        subject: 'ATVSLĐ tại doanh nghiệp',
      }),
    ).toBe('Thực hiện Văn bản số 12/BC-LĐLĐ, ngày 09/10/2025 của LĐLĐ tỉnh về việc ATVSLĐ tại doanh nghiệp.');
  });

  it('writes cited dates as the seeds do: day < 10 and months 1–2 with a zero', () => {
    expect(citedDate('2024-03-22')).toBe('22/3/2024');
    expect(citedDate('2022-11-30')).toBe('30/11/2022');
    expect(citedDate('2008-01-28')).toBe('28/01/2008');
    expect(citedDate('1954-05-07')).toBe('07/5/1954');
    expect(citedDate('2021-06-12')).toBe('12/6/2021');
    expect(() => citedDate('2024-02-30')).toThrow(RangeError);
  });

  it('continues a trích yếu inside the sentence', () => {
    expect(subjectInSentence('về việc tổ chức Tháng Công nhân')).toBe('tổ chức Tháng Công nhân');
    expect(subjectInSentence('V/v: Tổ chức Lễ phát động.')).toBe('tổ chức Lễ phát động');
    expect(subjectInSentence('Tháng Công nhân năm 2025')).toBe('Tháng Công nhân năm 2025');
    expect(subjectInSentence('CNVCLĐ có hoàn cảnh khó khăn')).toBe('CNVCLĐ có hoàn cảnh khó khăn');
  });

  it("replaces the template's blank basis line, keeping its verb, or puts the line first", () => {
    const plan = [
      'Thực hiện Kế hoạch số …, ngày …/…/2025 của Ban Thường vụ LĐLĐ tỉnh về việc tổ chức các hoạt động Tháng Công nhân năm 2025.',
    ];
    expect(withBasisLine(plan, seed000)).toEqual([basisLine(seed000)]);
    const guidance = ['Căn cứ Kế hoạch số … ngày …/…/… của cấp trên về việc …', 'Căn cứ tình hình thực tế.'];
    expect(withBasisLine(guidance, seed000)).toEqual([basisLine(seed000, 'Căn cứ'), 'Căn cứ tình hình thực tế.']);
    expect(withBasisLine([], seed000)).toEqual([basisLine(seed000)]);
  });
});

describe('register texts', () => {
  it('guesses the kind from the number', () => {
    expect(kindFromNumber('29/KH-LĐLĐ')).toBe('KH');
    expect(kindFromNumber('12/QĐ-TLĐ')).toBe('QD');
    expect(kindFromNumber('243/LĐLĐ')).toBe('CV');
    expect(kindFromNumber('05/BC-LĐLĐ')).toBeNull();
    expect(kindFromNumber('không số')).toBeNull();
  });

  it('writes the outgoing subject and recipients', () => {
    expect(outgoingSubject('KH', 'Tổ chức các hoạt động Tháng Công nhân năm 2024')).toBe(
      'Kế hoạch tổ chức các hoạt động Tháng Công nhân năm 2024',
    );
    expect(outgoingSubject('CV', 'V/v báo cáo số liệu đoàn viên')).toBe('Công văn về việc báo cáo số liệu đoàn viên');
    expect(recipientsText(['Ban TG-NC LĐLĐ tỉnh;', 'Các CĐCS trực thuộc;', 'Lưu: VT.'])).toBe('Ban TG-NC LĐLĐ tỉnh; Các CĐCS trực thuộc');
  });
});
