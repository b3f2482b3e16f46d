import type { InputNumberProps } from 'antd';
import { formatNumberVi } from '../../../../shared/reports/parse-number';

/** 1500000 → '1.500.000 đ'. */
export const money = (n: number) => `${formatNumberVi(n)} đ`;
/** 1234 → '1.234'. */
export const count = (n: number) => formatNumberVi(n);

/** InputNumber props for whole đồng typed and shown with dot thousands: 1.500.000. */
export const moneyInputProps: Pick<InputNumberProps<number>, 'formatter' | 'parser' | 'min' | 'step' | 'precision' | 'style' | 'suffix'> = {
  min: 0,
  step: 100_000,
  precision: 0,
  style: { width: '100%' },
  suffix: 'đ',
  formatter: (v) => (v === undefined || v === null || String(v) === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.')),
  parser: (v) => Number((v ?? '').replace(/[^\d]/g, '')) || 0,
};
