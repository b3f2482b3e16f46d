// The 12-digit citizen identity number (CCCD, Thông tư 59/2021/TT-BCA): 3 digits of the province
// of birth registration (001–096), 1 digit for gender and century, 2 digits of the birth year, 6 random.
import type { Gender } from './schema';

/**
 * Leading zeros lost by a spreadsheet that stored the number as a number: a province code starts
 * with 0 (001–096), so 11 digits lost one zero and 10 digits two (provinces 001–009).
 */
export function restoreCccdZeros(digits: string): { cccd: string; added: number } {
  if (/^\d{10,11}$/.test(digits)) return { cccd: digits.padStart(12, '0'), added: 12 - digits.length };
  return { cccd: digits, added: 0 };
}

/** The gender and century digit: even for men, odd for women; 0–1 for 1900–1999, 2–3 for 2000–2099, … */
function genderCentury(digit: number): { gender: Gender; century: number } {
  return { gender: digit % 2 === 0 ? 'nam' : 'nu', century: 1900 + Math.floor(digit / 2) * 100 };
}

/**
 * Warnings (never errors: the number on the card is what counts) when a CCCD does not fit the
 * person: unknown province code, or gender / birth year not those the number encodes.
 */
export function cccdWarnings(
  cccd: string | null | undefined,
  gender: Gender | null | undefined,
  birthDate: string | null | undefined,
): string[] {
  if (!cccd || !/^\d{12}$/.test(cccd)) return [];
  const out: string[] = [];
  const province = Number(cccd.slice(0, 3));
  if (province < 1 || province > 96)
    out.push(`Số CCCD ${cccd} có mã tỉnh ${cccd.slice(0, 3)} không có thật (mã tỉnh từ 001 đến 096); hãy xem lại.`);
  const gc = genderCentury(Number(cccd[3]));
  if (gender && gc.gender !== gender) {
    out.push(
      `Số CCCD ${cccd} là của ${gc.gender === 'nu' ? 'nữ' : 'nam'} (chữ số thứ 4 là ${cccd[3]}), nhưng giới tính ghi là ${gender === 'nu' ? 'nữ' : 'nam'}; hãy xem lại.`,
    );
  }
  const year = birthDate ? Number(birthDate.slice(0, 4)) : NaN;
  if (Number.isInteger(year)) {
    const encoded = gc.century + Number(cccd.slice(4, 6));
    if (encoded !== year) out.push(`Số CCCD ${cccd} ứng với năm sinh ${encoded}, nhưng năm sinh ghi là ${year}; hãy xem lại.`);
  }
  return out;
}
