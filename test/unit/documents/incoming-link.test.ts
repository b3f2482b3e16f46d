import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_OFFICE } from '../../../shared/settings/schema';
import { call, ok, testContext } from '../../support/context';

// A plan remembers the incoming document it carries out: reopened, the same entry is chosen and
// its basis line is the one written; choosing another rewrites the line; autosaves keep the link;
// copies (next year, new draft) do not carry it.

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.close());

const entry = (docNumber: string, docDate: string, subject: string) => ({
  receivedOn: docDate,
  docNumber,
  docDate,
  docKind: 'KH' as const,
  issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang',
  subject,
});

async function setUp() {
  await ok(ctx, 'settings.update', {
    ...EXAMPLE_OFFICE,
    superiorBody: EXAMPLE_OFFICE.superiorBody ?? '',
    address: '',
    phone: '',
    email: '',
  });
  const plan29 = await ok(ctx, 'incoming.create', entry('29/KH-LĐLĐ', '2026-03-16', 'Tổ chức các hoạt động Tháng Công nhân năm 2026'));
  const plan31 = await ok(
    ctx,
    'incoming.create',
    entry('31/KH-LĐLĐ', '2026-03-18', 'Tổ chức Tháng hành động về An toàn, vệ sinh lao động năm 2026'),
  );
  const { document } = await ok(ctx, 'documents.create', {
    templateKey: 'tcn-ke-hoach',
    year: 2026,
    date: '2026-03-20',
    incomingId: plan29.id,
  });
  return { plan29, plan31, document };
}

const LINE_29 =
  'Thực hiện Kế hoạch số 29/KH-LĐLĐ, ngày 16/3/2026 của Ban Thường vụ Liên đoàn Lao động tỉnh Kiên Giang về việc tổ chức các hoạt động Tháng Công nhân năm 2026.';

describe('the incoming document a draft carries out', () => {
  it('stays chosen when the draft is reopened and after autosaves', async () => {
    const { plan29, document } = await setUp();
    expect(document.incoming).toMatchObject({ id: plan29.id, docNumber: '29/KH-LĐLĐ', docDate: '2026-03-16' });
    expect(document.doc.basis[0]).toBe(LINE_29);
    await ok(ctx, 'documents.save', { id: document.id, doc: { ...document.doc, title: 'Sửa trích yếu' }, year: 2026, manual: false });
    const reopened = await ok(ctx, 'documents.get', { id: document.id });
    expect(reopened.incoming?.id).toBe(plan29.id);
    expect(reopened.doc.basis[0]).toBe(LINE_29);
  });

  it('choosing another rewrites the basis line; clearing keeps the text', async () => {
    const { plan31, document } = await setUp();
    const changed = await ok(ctx, 'documents.setIncoming', { id: document.id, incomingId: plan31.id });
    expect(changed.incoming?.id).toBe(plan31.id);
    expect(changed.doc.basis[0]).toMatch(/^Thực hiện Kế hoạch số 31\/KH-LĐLĐ, ngày 18\/3\/2026 .* về việc tổ chức Tháng hành động/);
    expect(changed.doc.basis).toHaveLength(document.doc.basis.length);
    const cleared = await ok(ctx, 'documents.setIncoming', { id: document.id, incomingId: null });
    expect(cleared.incoming).toBeNull();
    expect(cleared.doc.basis[0]).toBe(changed.doc.basis[0]);
  });

  it('follows a corrected register entry, and is let go when the entry is deleted', async () => {
    const { plan29, document } = await setUp();
    await ok(ctx, 'incoming.update', { ...entry('29/KH-LĐLĐ', '2026-03-22', plan29.subject), id: plan29.id });
    expect((await ok(ctx, 'documents.get', { id: document.id })).incoming?.docDate).toBe('2026-03-22');
    await ok(ctx, 'incoming.delete', { id: plan29.id });
    const after = await ok(ctx, 'documents.get', { id: document.id });
    expect(after.incoming).toBeNull();
    expect(after.doc.basis[0]).toBe(LINE_29);
  });

  it('is not carried into a copy, and an issued document cannot change it', async () => {
    const { plan31, document } = await setUp();
    expect((await ok(ctx, 'documents.duplicate', { id: document.id })).incoming).toBeNull();
    await ok(ctx, 'documents.issue', { id: document.id, number: null, date: '2026-03-20' });
    const issued = await ok(ctx, 'documents.get', { id: document.id });
    expect(issued.incoming).not.toBeNull();
    const r = await call(ctx, 'documents.setIncoming', { id: document.id, incomingId: plan31.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
