// Names of the template files sent to units: BC_<mã đợt>_<mã đơn vị>_<tên không dấu>.xlsx.
// Readable by a person and safe on every file system (USB sticks are often FAT32).

/** Strips Vietnamese marks but keeps letter case: "Trường THCS Vĩnh Thuận" → "Truong THCS Vinh Thuan". */
export function asciiVi(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Only letters, digits, '-' and '_' survive; runs of anything else become one '_'. */
export function fileNamePart(s: string, max: number): string {
  const part = asciiVi(s)
    .replace(/[^A-Za-z0-9-]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return part.slice(0, max).replace(/_+$/, '');
}

export function templateFileName(roundCode: string, unitCode: string, unitName: string): string {
  const code = fileNamePart(unitCode, 30) || 'DV';
  const name = fileNamePart(unitName, 60);
  return `BC_${fileNamePart(roundCode, 20)}_${code}${name ? `_${name}` : ''}.xlsx`;
}
