import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, dumpDatabase, ok, testContext } from '../../support/context';
import { seedRound, UNITS, type Ctx } from './helpers';

let ctx: Ctx;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.close());

describe('reporting rounds', () => {
  it("ships a default Workers' Month catalogue built from the primer", async () => {
    const list = await ok(ctx, 'reports.defaultIndicators', {});
    expect(list.length).toBeGreaterThanOrEqual(30);
    const labels = list.map((i) => i.label).join(' | ');
    for (const words of [
      'thăm hỏi',
      'Mái ấm Công đoàn',
      'đối thoại',
      'thỏa ước lao động tập thể',
      'kết nạp mới',
      'thành lập mới',
      'giới thiệu cho Đảng',
      'kết nạp vào Đảng',
      'an toàn, vệ sinh lao động',
      'khám sức khỏe',
      'thể thao',
      'tư vấn pháp luật',
      'Bữa cơm Công đoàn',
    ]) {
      expect(labels).toContain(words);
    }
    expect(new Set(list.map((i) => i.kind))).toEqual(new Set(['count', 'money', 'percent', 'text']));
    expect(list.filter((i) => i.kind === 'money').every((i) => i.unit === 'đồng')).toBe(true);
    // Money by source and sub-counts by case.
    expect(list.filter((i) => i.code.startsWith('2.3.')).length).toBe(3);
    expect(list.filter((i) => i.code.startsWith('2.1.')).length).toBe(4);
  });

  it('creates a round for every active unit by default, with its indicator set', async () => {
    await ok(ctx, 'units.create', { code: 'OLD', name: 'Đơn vị cũ' });
    const old = (await ok(ctx, 'units.list', { query: 'OLD' })).items[0];
    await ok(ctx, 'units.dissolve', { id: old.id, dissolvedOn: '2020-01-01' });
    const round = await seedRound(ctx);
    expect(round.required).toBe(UNITS.length);
    expect(round.unitIds).not.toContain(old.id);
    expect(round.indicators.length).toBeGreaterThan(30);
    expect(round.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(round.daysLeft).toBe(7);
    expect(round.missing).toBe(3);
    const list = await ok(ctx, 'reports.listRounds', {});
    expect(list.map((r) => r.code)).toEqual(['TCN2026']);
  });

  it('refuses a duplicate code, a bad code and a period that ends before it starts, on the field', async () => {
    await seedRound(ctx);
    const dup = await call(ctx, 'reports.createRound', { name: 'Khác', code: 'tcn2026', deadline: '2026-12-01', indicators: [] });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { code: expect.stringMatching(/đã dùng cho đợt/) } } });
    const bad = await call(ctx, 'reports.createRound', { name: 'Khác', code: 'TCN 2026', deadline: '2026-12-01', indicators: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { code: expect.stringMatching(/chữ không dấu/) } } });
    const period = await call(ctx, 'reports.createRound', {
      name: 'Khác',
      code: 'X1',
      deadline: '2026-12-01',
      periodFrom: '2026-05-31',
      periodTo: '2026-05-01',
      indicators: [],
    });
    expect(period).toMatchObject({ ok: false, error: { fields: { periodTo: expect.stringMatching(/phải sau ngày bắt đầu/) } } });
  });

  it('validates the indicator set: unique codes, targets that fit the kind', async () => {
    const r = await call(ctx, 'reports.createRound', {
      name: 'Thử',
      code: 'T1',
      deadline: '2026-12-01',
      indicators: [
        { code: '1', label: 'Một', kind: 'count', target: 2.5 },
        { code: '1', label: 'Hai', kind: 'percent', target: 120 },
        { code: '3', label: 'Ba', kind: 'text', target: 1 },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.fields).toMatchObject({
        'indicators.0.target': expect.stringMatching(/số nguyên/),
        'indicators.1.code': expect.stringMatching(/trùng với dòng 1/),
        'indicators.2.target': expect.stringMatching(/để trống/),
      });
    }
  });

  it("copies a previous round's set and edits it; an indicator with figures cannot be deleted", async () => {
    const first = await seedRound(ctx);
    const copy = first.indicators.map(({ code, group, label, unit, kind, target }) => ({ code, group, label, unit, kind, target }));
    const second = await ok(ctx, 'reports.createRound', {
      name: 'Tháng Công nhân 2027',
      code: 'TCN2027',
      deadline: '2027-05-26',
      indicators: copy,
    });
    expect(second.indicators.map((i) => i.code)).toEqual(first.indicators.map((i) => i.code));

    // Edit: rename one, swap two codes, drop one, add one.
    const [a, b, c, ...rest] = second.indicators;
    const edited = await ok(ctx, 'reports.saveIndicators', {
      roundId: second.id,
      indicators: [
        { ...b, code: a.code },
        { ...a, code: b.code, label: 'Nội dung đã sửa' },
        ...rest,
        { id: null, code: '9.9', group: 'VIII. Khác', label: 'Chỉ tiêu mới', unit: 'người', kind: 'count' as const, target: 10 },
      ].map(({ id, code, group, label, unit, kind, target }) => ({ id, code, group, label, unit, kind, target })),
    });
    expect(edited.indicators.find((i) => i.id === a.id)).toMatchObject({ code: b.code, label: 'Nội dung đã sửa' });
    expect(edited.indicators.some((i) => i.id === c.id)).toBe(false);
    expect(edited.indicators.at(-1)).toMatchObject({ code: '9.9', target: 10, hasValues: false });

    // Give the first round a figure for its first indicator, then try to drop it.
    const unitId = first.unitIds[0];
    await ok(ctx, 'reports.saveManual', {
      roundId: first.id,
      unitId,
      receivedOn: '2026-11-20',
      values: [{ indicatorId: first.indicators[0].id, value: 3 }],
    });
    const before = dumpDatabase(ctx);
    const r = await call(ctx, 'reports.saveIndicators', {
      roundId: first.id,
      indicators: first.indicators
        .slice(1)
        .map(({ id, code, group, label, unit, kind, target }) => ({ id, code, group, label, unit, kind, target })),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/đã có đơn vị báo cáo số liệu/) } });
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('edits which units must report, and deletes a round only while it has no reports', async () => {
    const round = await seedRound(ctx);
    const updated = await ok(ctx, 'reports.updateRound', {
      id: round.id,
      name: round.name,
      code: round.code,
      deadline: round.deadline,
      unitIds: round.unitIds.slice(0, 2),
    });
    expect(updated.required).toBe(2);
    await ok(ctx, 'reports.saveManual', { roundId: round.id, unitId: round.unitIds[0], receivedOn: '2026-11-20', values: [] });
    const del = await call(ctx, 'reports.deleteRound', { id: round.id });
    expect(del).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/đã nhận 1 báo cáo/) } });
    const other = await ok(ctx, 'reports.createRound', { name: 'Nháp', code: 'NHAP', deadline: '2026-12-01', indicators: [] });
    expect(await ok(ctx, 'reports.deleteRound', { id: other.id })).toEqual({ deleted: true });
    expect(await call(ctx, 'reports.getRound', { id: other.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
