import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/api/contract';
import { dispatch } from '../../../electron/services/dispatch';
import { handlers } from '../../../electron/services/registry';
import { dumpDatabase, ok, testContext } from '../../support/context';

// Every method in the contract is probed with garbage; new methods are covered automatically.
const GARBAGE: unknown[] = [null, 42, 'chuỗi', [], true, { __khong_co: 1 }, { id: 'abc', name: 12345, query: { $ne: 1 } }, { id: -1 }];

describe('API contract', () => {
  const ctx = testContext();
  beforeAll(async () => {
    await ok(ctx, 'settings.update', {
      issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH THUẬN',
      placeName: 'Vĩnh Thuận',
      codeSuffix: 'LĐLĐ',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Lê Kim Thoa',
      recipients: ['Lưu: VT'],
    });
    await ok(ctx, 'units.create', { code: 'CD001', name: 'Trường THCS Vĩnh Thuận' });
  });
  afterAll(() => ctx.close());

  it('has a handler for every method and no extra handlers', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('refuses an unknown method with a Vietnamese message', async () => {
    const r = await dispatch(ctx, 'units.dropTable', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  for (const method of methodNames) {
    it(`${method}: refuses bad input and changes nothing`, async () => {
      const before = dumpDatabase(ctx);
      for (const input of GARBAGE) {
        const r = await dispatch(ctx, method, input);
        expect(r.ok, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!r.ok) {
          expect(['INVALID_INPUT', 'NOT_FOUND']).toContain(r.error.code);
          expect(r.error.message).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
          expect(r.error.message).not.toMatch(/at .*\.ts:\d+|Error:/);
        }
      }
      expect(dumpDatabase(ctx)).toEqual(before);
    });
  }
});
