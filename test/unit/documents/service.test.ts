import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeSettingsInput } from '../../../shared/settings/schema';
import type { OfficialDocument } from '../../../shared/documents/model';
import { call, ok, testContext } from '../../support/context';
import { paragraphsOf, readDocx } from './read-docx';

// The documents API on a real SQLite file: create from a template with the office identity,
// autosave and versions, the register of numbers, issuing and locking, next year's copy,
// the clerk's templates and anniversaries.

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext(); // today: 22/11/2026
});
afterEach(() => ctx.close());

const WARD: OfficeSettingsInput = {
  superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH',
  issuingBody: 'CÔNG ĐOÀN PHƯỜNG BẾN NGHÉ',
  placeName: 'Bến Nghé',
  codeSuffix: 'CĐP',
  signerAuthority: 'TM. BAN CHẤP HÀNH',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Nguyễn Văn An',
  recipients: ['LĐLĐ Thành phố', 'Các CĐCS trực thuộc', 'Lưu: VT'],
};

const create = (year = 2025, templateKey = 'tcn-ke-hoach', extra: Record<string, unknown> = {}) =>
  ok(ctx, 'documents.create', { templateKey, year, date: `${year}-03-20`, theme: 'Công nhân chủ động', ...extra });

const TICKED_2025 = { anniversaries: ['southern-liberation@2025', 'labour-day@2025', 'ho-chi-minh-birthday@2025'] };

const texts = (doc: OfficialDocument) => doc.body.map((b) => (b.type === 'table' ? '' : b.text));

describe('creating from a template', () => {
  it('refuses until the office identity is saved, saying where to enter it', async () => {
    const r = await call(ctx, 'documents.create', { templateKey: 'tcn-ke-hoach', year: 2025, date: '2025-03-20' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(/Cài đặt → Thông tin đơn vị/);
  });

  it('a document created through the API renders with the office identity from Settings', async () => {
    await ok(ctx, 'settings.update', WARD);
    const { document, warnings } = await create(2025);
    expect(warnings).toEqual([]);
    expect(document).toMatchObject({ kind: 'KH', year: 2025, state: 'draft', number: null, code: null, date: '2025-03-20' });
    expect(texts(document.doc)).toContain('Hoạt động cấp phường');
    expect(document.doc.intro[0]).toBe(
      'Ban Thường vụ Công đoàn phường Bến Nghé xây dựng Kế hoạch tổ chức các hoạt động “Tháng Công nhân” năm 2025 như sau:',
    );

    const file = await ok(ctx, 'documents.exportDocx', { id: document.id });
    expect(file.fileName).toBe('KH_du-thao_to-chuc-cac-hoat-dong-thang-cong-nhan-nam-2025.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const lines = paragraphsOf(readDocx(Buffer.from(file.dataBase64, 'base64')).document).map((p) => p.text);
    for (const expected of [
      // Header names are broken into balanced lines (a clerk's break before the level word).
      'LIÊN ĐOÀN LAO ĐỘNG\nTHÀNH PHỐ HỒ CHÍ MINH',
      'CÔNG ĐOÀN\nPHƯỜNG BẾN NGHÉ',
      'Số:      /KH-CĐP',
      'Bến Nghé, ngày 20 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'Tổ chức các hoạt động Tháng Công nhân năm 2025',
      '1. Chủ đề: “Công nhân chủ động”',
      '2. Thời gian: Thực hiện từ ngày 01/5 đến 31/5/2025.',
      '- LĐLĐ Thành phố;',
      '- Lưu: VT.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ]) {
      expect(lines, expected).toContain(expected);
    }
    expect(lines.some((l) => l.includes('trước ngày 26/5/2025'))).toBe(true);
    // Round anniversaries by default, 30/4 (the weeks before the period) included.
    expect(lines.some((l) => l.includes('kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)'))).toBe(
      true,
    );
  });

  it('lists the built-in templates and refuses an unknown one', async () => {
    await ok(ctx, 'settings.update', WARD);
    const list = await ok(ctx, 'documents.templates', {});
    expect(list.filter((t) => t.builtIn).map((t) => t.key)).toEqual([
      'tcn-ke-hoach',
      'tcn-huong-dan',
      'ke-hoach',
      'bao-cao',
      'thong-bao',
      'cong-van',
    ]);
    expect(list[0]).toMatchObject({ theme: '', deadline: '05-26', period: { from: '05-01', to: '05-31' } });
    const r = await call(ctx, 'documents.create', { templateKey: 'khong-co', year: 2025, date: '2025-03-20' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { templateKey: expect.any(String) } } });
  });
});

describe('drafts: autosave, versions, restore', () => {
  it('saves edits, merges quick autosaves, keeps manual saves and restores an old version as a new one', async () => {
    await ok(ctx, 'settings.update', WARD);
    const { document } = await create();
    const edited = { ...document.doc, body: [{ type: 'heading' as const, level: 1 as const, text: 'Mục đích mới' }, ...document.doc.body] };
    await ok(ctx, 'documents.save', { id: document.id, doc: edited });
    await ok(ctx, 'documents.save', { id: document.id, doc: { ...edited, title: 'Tiêu đề thứ hai' } });
    let versions = await ok(ctx, 'documents.versions', { id: document.id });
    expect(versions.map((v) => v.reason)).toEqual(['autosave', 'create']);
    expect(versions[0]).toMatchObject({ title: 'Tiêu đề thứ hai', reasonLabel: 'Tự động lưu', blocks: document.doc.body.length + 1 });

    await ok(ctx, 'documents.save', { id: document.id, doc: { ...edited, title: 'Bản lưu tay' }, manual: true });
    versions = await ok(ctx, 'documents.versions', { id: document.id });
    expect(versions.map((v) => v.reason)).toEqual(['manual', 'autosave', 'create']);

    const got = await ok(ctx, 'documents.get', { id: document.id });
    expect(got.title).toBe('Bản lưu tay');
    expect(got.doc.body[0]).toEqual({ type: 'heading', level: 1, text: 'Mục đích mới' });

    const restored = await ok(ctx, 'documents.restoreVersion', { id: document.id, versionId: versions[2].id });
    expect(restored.doc).toEqual(document.doc);
    expect((await ok(ctx, 'documents.versions', { id: document.id })).map((v) => v.reason)).toEqual([
      'restore',
      'manual',
      'autosave',
      'create',
    ]);
  });

  it('never stores a number on a draft', async () => {
    await ok(ctx, 'settings.update', WARD);
    const { document } = await create();
    const saved = await call(ctx, 'documents.save', {
      id: document.id,
      doc: { ...document.doc, header: { ...document.doc.header, number: 7 }, recipients: [...document.doc.recipients] },
    });
    expect(saved.ok).toBe(true);
    expect((await ok(ctx, 'documents.get', { id: document.id })).number).toBeNull();
    expect((await ok(ctx, 'documents.get', { id: document.id })).doc.header.number).toBeNull();
  });
});

describe('issuing and the register', () => {
  it('takes the next number for the year and type, stamps the date and locks the document', async () => {
    await ok(ctx, 'settings.update', WARD);
    const a = (await create()).document;
    expect(await ok(ctx, 'documents.proposeNumber', { id: a.id, date: '2026-11-20' })).toEqual({ year: 2026, next: 1, last: null });
    const issued = await ok(ctx, 'documents.issue', { id: a.id, number: null, date: '2026-11-20' });
    expect(issued).toMatchObject({ state: 'issued', number: 1, code: '01/KH-CĐP', date: '2026-11-20' });
    expect(issued.doc.header).toMatchObject({ number: 1, date: '2026-11-20' });
    expect((await ok(ctx, 'documents.versions', { id: a.id }))[0].reason).toBe('issue');

    // Locked: no edit, no restore, no delete, no second issue.
    for (const r of [
      await call(ctx, 'documents.save', { id: a.id, doc: issued.doc }),
      await call(ctx, 'documents.restoreVersion', { id: a.id, versionId: 1 }),
      await call(ctx, 'documents.delete', { id: a.id }),
      await call(ctx, 'documents.issue', { id: a.id, number: 5, date: '2026-11-20' }),
    ]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    }

    const b = (await create()).document;
    expect(await ok(ctx, 'documents.proposeNumber', { id: b.id, date: '2026-11-21' })).toEqual({
      year: 2026,
      next: 2,
      last: { number: 1, title: a.title, date: '2026-11-20' },
    });
    // The same number twice is refused, on the number field, with the next free one.
    const dup = await call(ctx, 'documents.issue', { id: b.id, number: 1, date: '2026-11-21' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!dup.ok) expect(dup.error.fields?.number).toBe(`Số 01/KH-CĐP năm 2026 đã cấp cho văn bản "${a.title}". Số tiếp theo còn trống: 2.`);
    // The clerk's own number is kept; another year or another type has its own sequence.
    expect((await ok(ctx, 'documents.issue', { id: b.id, number: 29, date: '2026-11-21' })).code).toBe('29/KH-CĐP');
    const c = (await create(2025, 'tcn-huong-dan')).document;
    expect((await ok(ctx, 'documents.issue', { id: c.id, number: null, date: '2026-11-22' })).code).toBe('01/HD-CĐP');
    const d = (await create()).document;
    expect((await ok(ctx, 'documents.issue', { id: d.id, number: null, date: '2025-12-31' })).code).toBe('01/KH-CĐP');
    const e = (await create()).document;
    expect((await ok(ctx, 'documents.proposeNumber', { id: e.id, date: '2026-01-02' })).next).toBe(30);
  });

  it('refuses an issue date after today', async () => {
    await ok(ctx, 'settings.update', WARD);
    const a = (await create()).document;
    const r = await call(ctx, 'documents.issue', { id: a.id, number: null, date: '2026-11-23' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { date: 'Ngày ban hành không được sau ngày hôm nay.' } },
    });
  });

  it('makes a new draft from an issued document and deletes drafts only', async () => {
    await ok(ctx, 'settings.update', WARD);
    const a = (await create()).document;
    await ok(ctx, 'documents.issue', { id: a.id, number: 3, date: '2026-11-20' });
    const copy = await ok(ctx, 'documents.duplicate', { id: a.id });
    expect(copy).toMatchObject({ state: 'draft', number: null, year: 2025, date: '2026-11-22', source: { id: a.id, code: '03/KH-CĐP' } });
    expect(copy.doc.body).toEqual(a.doc.body);
    expect(await ok(ctx, 'documents.delete', { id: copy.id })).toEqual({ deleted: true });
    expect(await call(ctx, 'documents.get', { id: copy.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe("next year's plan from last year's", () => {
  it('copies the issued plan into a draft for the next year and lists what changed', async () => {
    await ok(ctx, 'settings.update', WARD);
    const a = (await create(2025, 'tcn-ke-hoach', TICKED_2025)).document;
    await ok(ctx, 'documents.issue', { id: a.id, number: 12, date: '2026-11-20' });
    // The office was renamed since: the new draft takes the current identity.
    await ok(ctx, 'settings.update', { ...WARD, issuingBody: 'CÔNG ĐOÀN PHƯỜNG SÀI GÒN', placeName: 'Sài Gòn' });
    const r = await ok(ctx, 'documents.nextYear', { id: a.id, year: 2026 });
    expect(r.document).toMatchObject({
      state: 'draft',
      number: null,
      year: 2026,
      title: 'Tổ chức các hoạt động Tháng Công nhân năm 2026',
      source: { id: a.id },
    });
    expect(r.document!.doc.header).toMatchObject({
      issuingBody: 'CÔNG ĐOÀN PHƯỜNG SÀI GÒN',
      placeName: 'Sài Gòn',
      date: '2027-11-20',
      number: null,
    });
    const body = texts(r.document!.doc).join('\n');
    expect(body).toContain('kỷ niệm 140 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2026)');
    expect(body).toContain('136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026)');
    expect(body).toContain('trước ngày 26/5/2026');
    expect(r.changes.map((c) => c.where)).toEqual(
      expect.arrayContaining(['Đơn vị ban hành', 'Địa danh', 'Số văn bản', 'Ngày văn bản', 'Trích yếu']),
    );
    expect(r.changes.find((c) => c.where === 'Số văn bản')).toEqual({
      where: 'Số văn bản',
      before: 'Số: 12/KH-CĐP',
      after: 'Số: /KH-CĐP (cấp khi ban hành)',
    });
    // What it could not change: the theme, the basis line, the anniversaries that stop being round.
    expect(r.checks).toContainEqual({
      what: 'Chủ đề “Công nhân chủ động” là chủ đề năm 2025.',
      where: 'Đề mục II › 1',
      todo: 'Thay bằng chủ đề năm 2026 của Tổng Liên đoàn (xem văn bản hướng dẫn của cấp trên).',
    });
    expect(r.checks.some((c) => c.where === 'Căn cứ 1' && /năm 2026/.test(c.todo))).toBe(true);
    expect(r.anniversaries.dropped.map((a) => a.phrase)).toEqual([
      'kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2026)',
      'kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026)',
    ]);
    // A preview creates nothing.
    const before = (await ok(ctx, 'documents.list', {})).total;
    const preview = await ok(ctx, 'documents.nextYear', { id: a.id, year: 2027, preview: true });
    expect(preview.document).toBeNull();
    expect(preview.checks.length).toBeGreaterThan(0);
    expect((await ok(ctx, 'documents.list', {})).total).toBe(before);
    // The source stays as it was.
    expect((await ok(ctx, 'documents.get', { id: a.id })).title).toBe('Tổ chức các hoạt động Tháng Công nhân năm 2025');
    const same = await call(ctx, 'documents.nextYear', { id: a.id, year: 2025 });
    expect(same).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { year: expect.stringMatching(/năm 2025/) } } });
  });

  it('is not made from a công văn (the screens offer no such action either)', async () => {
    await ok(ctx, 'settings.update', WARD);
    const { document } = await create(2025, 'bao-cao');
    await ok(ctx, 'documents.save', { id: document.id, doc: { ...document.doc, kind: 'CV', addressees: ['Các CĐCS trực thuộc'] } });
    await ok(ctx, 'documents.issue', { id: document.id, number: null, date: '2025-03-20' });
    const before = (await ok(ctx, 'documents.list', {})).total;
    for (const preview of [true, false]) {
      const r = await call(ctx, 'documents.nextYear', { id: document.id, year: 2026, preview });
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Công văn không làm "năm sau"/) } });
    }
    expect((await ok(ctx, 'documents.list', {})).total).toBe(before);
  });
});

describe('clerk templates', () => {
  it('saves a document as a template, makes a new year from it, refuses duplicates and deletes it', async () => {
    await ok(ctx, 'settings.update', WARD);
    const a = (await create(2025, 'tcn-ke-hoach', TICKED_2025)).document;
    await ok(ctx, 'documents.save', { id: a.id, doc: { ...a.doc, closing: ['Đoạn kết riêng của năm 2025./.'] } });
    const t = await ok(ctx, 'documents.saveAsTemplate', { id: a.id, name: 'Kế hoạch TCN của phường' });
    expect(t).toMatchObject({ key: expect.stringMatching(/^mau-\d+$/), builtIn: false, baseYear: 2025, kind: 'KH' });
    const dup = await call(ctx, 'documents.saveAsTemplate', { id: a.id, name: 'ke hoach tcn cua phuong' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { name: expect.any(String) } } });

    const made = await ok(ctx, 'documents.create', { templateKey: t.key, year: 2027, date: '2026-11-01' });
    expect(made.document.title).toBe('Tổ chức các hoạt động Tháng Công nhân năm 2027');
    expect(made.document.doc.closing).toEqual(['Đoạn kết riêng của năm 2027./.']);
    expect(texts(made.document.doc).join('\n')).toContain('141 năm Ngày Quốc tế Lao động 1/5 (1/5/1886 - 1/5/2027)');

    expect(await call(ctx, 'documents.deleteTemplate', { key: 'tcn-ke-hoach' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await ok(ctx, 'documents.deleteTemplate', { key: t.key })).toEqual({ deleted: true });
    expect((await ok(ctx, 'documents.templates', {})).some((x) => x.key === t.key)).toBe(false);
  });
});

describe('anniversaries list', () => {
  it('starts from the defaults, takes the office edits and uses them in new documents', async () => {
    await ok(ctx, 'settings.update', WARD);
    const list = await ok(ctx, 'documents.anniversaries', {});
    expect(list.find((e) => e.key === 'labour-day')).toMatchObject({ date: '1886-05-01' });
    const events = [...list, { key: 'giai-phong-tinh', label: 'Ngày giải phóng tỉnh', date: '1975-05-10', padDay: false }];
    expect((await ok(ctx, 'documents.updateAnniversaries', { events })).length).toBe(list.length + 1);
    const { document } = await create(2025);
    expect(texts(document.doc).join('\n')).toContain('kỷ niệm 50 năm Ngày giải phóng tỉnh (10/5/1975 - 10/5/2025)');
    const bad = await call(ctx, 'documents.updateAnniversaries', { events: [{ key: 'x', label: 'X', date: '1975-02-30' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('document list', () => {
  it('filters by year, type and state, and finds titles without diacritics', async () => {
    await ok(ctx, 'settings.update', WARD);
    const a = (await create(2025)).document;
    const b = (await create(2026, 'bao-cao')).document;
    await ok(ctx, 'documents.issue', { id: a.id, number: null, date: '2026-11-20' });
    const all = await ok(ctx, 'documents.list', {});
    expect(all).toMatchObject({ total: 2, years: [2026, 2025] });
    expect((await ok(ctx, 'documents.list', { year: 2026 })).items.map((d) => d.id)).toEqual([b.id]);
    expect((await ok(ctx, 'documents.list', { kind: 'KH' })).items.map((d) => d.id)).toEqual([a.id]);
    expect((await ok(ctx, 'documents.list', { state: 'draft' })).items.map((d) => d.id)).toEqual([b.id]);
    expect((await ok(ctx, 'documents.list', { query: 'thang cong nhan' })).items.map((d) => d.id)).toEqual([a.id]);
    expect((await ok(ctx, 'documents.list', { query: '01/kh' })).items.map((d) => d.id)).toEqual([a.id]);
    expect((await ok(ctx, 'documents.list', { query: 'bao cao' })).items.map((d) => d.id)).toEqual([b.id]);
  });
});
