// Many units' templates at once: exceljs lays out one template with placeholder unit name, code
// and checksum, then each unit's file is that package with the placeholders replaced.
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Indicator } from '../../../shared/reports/schema';
import {
  buildTemplate,
  templateBuffer,
  type Protection,
  type TemplateOffice,
  type TemplateRound,
  type TemplateUnit,
} from './template-writer';

const NAME_TOKEN = 'QQTENDONVIQQ';
const CODE_TOKEN = 'QQMADONVIQQ';
const CHECKSUM_TOKEN = 'QQMAKIEMTRAQQ';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Builds many units' templates quickly: exceljs lays out one template with placeholder unit name
 * and code, then each unit's file is that package with the placeholders replaced in the few XML
 * parts that hold them (shared strings, workbook properties). Units whose name or code starts
 * with = + - @ (which get an apostrophe in visible cells) are built by exceljs directly.
 */
export class TemplateFactory {
  private parts: Record<string, Uint8Array> | null = null;
  private tokenParts: [string, string][] = [];

  constructor(
    private readonly round: TemplateRound,
    private readonly indicators: Indicator[],
    private readonly office: TemplateOffice,
    private readonly protection: Protection,
    private readonly now: Date,
    private readonly sign: (payload: string) => string,
  ) {}
  /** The identity payload of the placeholder template: each unit's is the same with its code. */
  private payload = '';

  async build(unit: TemplateUnit): Promise<Buffer> {
    if (/^[=+\-@\t\r]/.test(unit.name) || /^[=+\-@\t\r]/.test(unit.code)) {
      return templateBuffer(buildTemplate(this.round, this.indicators, unit, this.office, this.protection, this.now, this.sign));
    }
    if (!this.parts) {
      const base = await templateBuffer(
        buildTemplate(this.round, this.indicators, { code: CODE_TOKEN, name: NAME_TOKEN }, this.office, this.protection, this.now, (p) => {
          this.payload = p;
          return CHECKSUM_TOKEN;
        }),
      );
      this.parts = unzipSync(base);
      const decoder = new TextDecoder();
      for (const [name, data] of Object.entries(this.parts)) {
        if (!/\.xml$/i.test(name)) continue;
        const text = decoder.decode(data);
        if (text.includes(NAME_TOKEN) || text.includes(CODE_TOKEN) || text.includes(CHECKSUM_TOKEN)) this.tokenParts.push([name, text]);
      }
    }
    const files: Record<string, Uint8Array> = { ...this.parts };
    const name = xmlEscape(unit.name);
    const code = xmlEscape(unit.code);
    const checksum = this.sign(this.payload.split(CODE_TOKEN).join(unit.code));
    for (const [part, text] of this.tokenParts) {
      files[part] = strToU8(text.split(NAME_TOKEN).join(name).split(CODE_TOKEN).join(code).split(CHECKSUM_TOKEN).join(checksum));
    }
    return Buffer.from(zipSync(files, { level: 6 }));
  }
}
