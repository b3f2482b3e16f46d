import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, dumpDatabase, ok, testContext } from '../../support/context';
import { makeMember, makeUnit, type Ctx } from './helpers';

let ctx: Ctx;
let unitA: number;

beforeEach(async () => {
  ctx = testContext(); // today = 22/11/2026
  unitA = await makeUnit(ctx, 'THCS-VT', 'Công đoàn Trường THCS Vĩnh Thuận');
});
afterEach(() => ctx.close());

describe('members.create / update / delete', () => {
  it('stores NFC text, folded keys and an initial register event dated the join date', async () => {
    const m = await ok(ctx, 'members.create', {
      unitId: unitA,
      name: '  Nguyễn   Văn   Đức '.normalize('NFD'),
      birthDate: '1985-03-05',
      gender: 'nam',
      ethnicity: 'Khmer',
      cccd: '079 085 012 345',
      joinedOn: '2008-09-01',
      unionPosition: 'uv_bch',
      partyDate: '2012',
    });
    expect(m.name).toBe('Nguyễn Văn Đức');
    expect(m.cccd).toBe('079085012345');
    expect(m.status).toBe('active');
    expect(m.unitName).toBe('Công đoàn Trường THCS Vĩnh Thuận');
    expect(m.partyMember).toBe(true); // a Party date implies membership
    const row = ctx.db.prepare('SELECT name_key, ethnic_minority FROM members WHERE id = ?').get(m.id) as {
      name_key: string;
      ethnic_minority: number;
    };
    expect(row).toEqual({ name_key: 'nguyen van duc', ethnic_minority: 1 });
    const events = await ok(ctx, 'members.events', { id: m.id });
    expect(events).toMatchObject([{ kind: 'register', date: '2008-09-01', toUnitId: unitA, canDelete: false }]);
  });

  it('accepts a birth year alone and dates the register event 31/12 of a year-only join date', async () => {
    const id = await makeMember(ctx, unitA, 'Lê Kim Thoa', { birthDate: '1970', joinedOn: '1995' });
    expect((await ok(ctx, 'members.get', { id })).birthDate).toBe('1970');
    expect((await ok(ctx, 'members.events', { id }))[0].date).toBe('1995-12-31');
    const noJoin = await makeMember(ctx, unitA, 'Trần Văn Bé');
    expect((await ok(ctx, 'members.events', { id: noJoin }))[0].date).toBe('2026-11-22'); // today
  });

  it('an admission records kết nạp with its decision number and sets the join date', async () => {
    const m = await ok(ctx, 'members.create', {
      unitId: unitA,
      name: 'Phạm Thị Hoa',
      startKind: 'admit',
      startDate: '2026-03-02',
      decisionNo: '15/QĐ-CĐCS',
    });
    expect(m.joinedOn).toBe('2026-03-02');
    expect(await ok(ctx, 'members.events', { id: m.id })).toMatchObject([{ kind: 'admit', date: '2026-03-02', decisionNo: '15/QĐ-CĐCS' }]);
    const r = await call(ctx, 'members.create', { unitId: unitA, name: 'Phạm Văn Nam', startKind: 'transferIn' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.startDate).toBe('Hãy nhập ngày chuyển đến.');
  });

  it('refuses invalid input with Vietnamese messages keyed by field, and changes nothing', async () => {
    const before = dumpDatabase(ctx);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ name: '   ' }, 'name', /Hãy nhập họ và tên/],
      [{ name: 'A', cccd: '12345' }, 'cccd', /đúng 12 chữ số \(đang có 5\)/],
      [{ name: 'A', cccd: '123456789' }, 'cccd', /CMND cũ/],
      [{ name: 'A', cccd: '07908501234X' }, 'cccd', /chỉ gồm chữ số/],
      [{ name: 'A', birthDate: '1985-02-30' }, 'birthDate', /Ngày sinh không hợp lệ/],
      [{ name: 'A', birthDate: '2027-01-01' }, 'birthDate', /không được sau ngày hôm nay/],
      [{ name: 'A', birthDate: '2015-01-01' }, 'birthDate', /chưa đủ 15 tuổi/],
      [{ name: 'A', birthDate: '1990-06-15', joinedOn: '2005-06-14' }, 'joinedOn', /ít nhất 15 năm \(từ 15\/06\/2005/],
      [{ name: 'A', birthDate: '1990', joinedOn: '2004' }, 'joinedOn', /từ 2005 trở đi/],
      [{ name: 'A', joinedOn: '2030-01-01' }, 'joinedOn', /không được sau ngày hôm nay/],
      [{ name: 'A', gender: 'x' }, 'gender', /Nam hoặc Nữ/],
      [{ name: 'A', phone: 'gọi tôi' }, 'phone', /Số điện thoại/],
      [{ name: 'A', memberCode: 'DV 01' }, 'memberCode', /không có dấu cách/],
      [{ name: 'A', unionPosition: 'boss' }, 'unionPosition', /Chức vụ công đoàn/],
    ];
    for (const [input, field, msg] of cases) {
      const r = await call(ctx, 'members.create', { unitId: unitA, ...(input as { name: string }) });
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_INPUT');
        expect(r.error.fields?.[field], JSON.stringify(input)).toMatch(msg);
      }
    }
    expect((await call(ctx, 'members.create', { unitId: 99999, name: 'A' } as never)).ok).toBe(false);
    expect((await call(ctx, 'members.create', { unitId: unitA, name: 'A', extra: 1 } as never)).ok).toBe(false);
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('keeps a CCCD unique among active members and member codes unique', async () => {
    const first = await makeMember(ctx, unitA, 'Nguyễn Văn A', { cccd: '079085012345', memberCode: 'DV001', joinedOn: '2015-01-01' });
    const dup = await call(ctx, 'members.create', { unitId: unitA, name: 'Nguyễn Văn B', cccd: '079085012345' });
    expect(dup.ok).toBe(false);
    if (!dup.ok) {
      expect(dup.error.code).toBe('CONFLICT');
      expect(dup.error.fields?.cccd).toMatch(/đã có ở đoàn viên Nguyễn Văn A/);
    }
    const code = await call(ctx, 'members.create', { unitId: unitA, name: 'Nguyễn Văn B', memberCode: 'dv001' });
    expect(code.ok).toBe(false);
    if (!code.ok) expect(code.error.fields?.memberCode).toMatch(/đã dùng cho Nguyễn Văn A/);
    // Once the first has left, the CCCD may be used by an active record again…
    await ok(ctx, 'members.addEvent', { memberId: first, kind: 'leave', date: '2026-01-10', reason: 'Nghỉ hưu' });
    const again = await makeMember(ctx, unitA, 'Nguyễn Văn A', { cccd: '079085012345' });
    // …but the old record cannot become active while the new one is.
    const readmit = await call(ctx, 'members.addEvent', { memberId: first, kind: 'admit', date: '2026-06-01', unitId: unitA });
    expect(readmit.ok).toBe(false);
    if (!readmit.ok) expect(readmit.error.message).toMatch(/đang thuộc đoàn viên Nguyễn Văn A/);
    expect(again).toBeGreaterThan(first);
  });

  it('the database itself holds the CCCD rule, with one index for the rule and the lookups', async () => {
    const a = await makeMember(ctx, unitA, 'Nguyễn Văn A', { cccd: '079085012345' });
    const b = await makeMember(ctx, unitA, 'Trần Thị B', { cccd: '079185012346' });
    const setStatus = ctx.db.prepare('UPDATE members SET status = ? WHERE id = ?');
    const setCccd = ctx.db.prepare('UPDATE members SET cccd = ? WHERE id = ?');
    // Two active holders of one number: refused by SQLite, whatever code path writes.
    expect(() => setCccd.run('079085012345', b)).toThrow(/UNIQUE constraint failed: index 'members_cccd'/);
    // A former member and an active one may share it, and so may two former members.
    setStatus.run('left', a);
    setCccd.run('079085012345', b);
    setStatus.run('transferred_out', b);
    expect(ctx.db.prepare("SELECT COUNT(*) FROM members WHERE cccd = '079085012345'").pluck().get()).toBe(2);
    // Either may become active again, not both.
    setStatus.run('active', a);
    expect(() => setStatus.run('active', b)).toThrow(/UNIQUE constraint failed/);
    const plan = ctx.db.prepare("EXPLAIN QUERY PLAN SELECT id FROM members WHERE cccd = '079085012345'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/INDEX members_cccd \(cccd=\?\)/);
    const indexes = ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%(cccd%'").pluck().all();
    expect(indexes).toEqual(['members_cccd']);
  });

  it('updates personal fields (not unit or status) and logs the change', async () => {
    const id = await makeMember(ctx, unitA, 'Võ Thị Sáu', { birthDate: '1980-01-01' });
    const m = await ok(ctx, 'members.update', {
      id,
      name: 'Võ Thị Sáu',
      birthDate: '1980-01-02',
      phone: '0912 345 678',
      education: 'Đại học',
    });
    expect(m).toMatchObject({ birthDate: '1980-01-02', phone: '0912 345 678', education: 'Đại học', status: 'active', unitId: unitA });
    const r = await call(ctx, 'members.update', { id, name: 'Võ Thị Sáu', unitId: unitA } as never);
    expect(r.ok).toBe(false); // strict: the unit changes only through events
    const log = ctx.db.prepare("SELECT action FROM change_log WHERE entity = 'member' AND entity_id = ?").all(id);
    expect(log).toEqual([{ action: 'create' }, { action: 'update' }]);
  });

  it('deletes a member with only the initial event; otherwise asks to record thôi sinh hoạt', async () => {
    const id = await makeMember(ctx, unitA, 'Đỗ Văn Xóa', { joinedOn: '2010-01-01' });
    await ok(ctx, 'members.delete', { id });
    expect((await call(ctx, 'members.get', { id })).ok).toBe(false);
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM member_events WHERE member_id = ?').get(id)).toEqual({ n: 0 });

    const kept = await makeMember(ctx, unitA, 'Đỗ Văn Giữ', { joinedOn: '2010-01-01' });
    await ok(ctx, 'members.addEvent', { memberId: kept, kind: 'card', date: '2020-05-01', cardNo: 'T-123' });
    const r = await call(ctx, 'members.delete', { id: kept });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/hãy ghi biến động "Thôi sinh hoạt"/);
    // Refused as a whole: the record, its events and the history are as they were.
    expect((await ok(ctx, 'members.get', { id: kept })).name).toBe('Đỗ Văn Giữ');
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM member_events WHERE member_id = ?').get(kept)).toEqual({ n: 2 });
    // (The id of the deleted record is free again, so the history is read by action.)
    const deletes = ctx.db.prepare("SELECT COUNT(*) FROM change_log WHERE entity = 'member' AND action = 'delete'").pluck().get();
    expect(deletes).toBe(1);
  });

  it('a unit with members cannot be deleted (FK), with the units message', async () => {
    await makeMember(ctx, unitA, 'Nguyễn Văn Ở');
    const r = await call(ctx, 'units.delete', { id: unitA });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toMatch(/đã có dữ liệu \(đoàn viên/);
    }
  });

  it('refuses a dissolved unit', async () => {
    const old = await makeUnit(ctx, 'CU', 'CĐCS Cũ');
    await ok(ctx, 'units.dissolve', { id: old, dissolvedOn: '2020-01-01' });
    const r = await call(ctx, 'members.create', { unitId: old, name: 'Lê Văn Mới' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.unitId).toMatch(/đã giải thể/);
  });
});
