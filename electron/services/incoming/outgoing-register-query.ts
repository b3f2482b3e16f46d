// The outgoing register: the documents' register of issued numbers (document_register), read as it
// stands — issuing stays the documents domain's business.
import type { DocumentKind } from '../../../shared/documents/model';
import { documentCode } from '../../../shared/documents/dates';
import { outgoingSubject, recipientsText } from '../../../shared/incoming/register';
import type { OutgoingRegister, OutgoingRegisterRow } from '../../../shared/incoming/schema';
import type { ServiceContext } from '../context';

interface OutgoingRow {
  number: number;
  kind: DocumentKind;
  issuedOn: string;
  title: string;
  codeSuffix: string;
  recipients: string | null;
  signer: string | null;
}

/** The outgoing register of `year` as the print page shows it, with the years that have numbers. */
export function outgoingRegister(ctx: ServiceContext, year: number): OutgoingRegister {
  return { year, rows: outgoingOfYear(ctx, year), years: outgoingYears(ctx) };
}

function outgoingOfYear(ctx: ServiceContext, year: number): OutgoingRegisterRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT r.number, r.kind, r.issued_on AS issuedOn, d.title, json_extract(d.body, '$.header.codeSuffix') AS codeSuffix,
              json_extract(d.body, '$.recipients') AS recipients, json_extract(d.body, '$.signer.name') AS signer
         FROM document_register r JOIN documents d ON d.id = r.document_id
        WHERE r.year = ? ORDER BY r.issued_on, r.kind, r.number`,
    )
    .all(year) as OutgoingRow[];
  return rows.map((r) => ({
    number: r.number,
    code: documentCode(r.number, r.kind, r.codeSuffix),
    issuedOn: r.issuedOn,
    subject: outgoingSubject(r.kind, r.title),
    recipients: recipientsText(r.recipients ? (JSON.parse(r.recipients) as string[]) : []),
    signer: r.signer ?? '',
  }));
}

function outgoingYears(ctx: ServiceContext): number[] {
  return ctx.db.prepare('SELECT DISTINCT year FROM document_register ORDER BY year DESC').pluck().all() as number[];
}
