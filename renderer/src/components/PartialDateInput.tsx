import { Input } from 'antd';
import { useState } from 'react';

/** 'YYYY-MM-DD' | 'YYYY' → what a clerk reads: '05/03/1985' or '1985'. */
export function partialToText(v: string | null | undefined): string {
  if (!v) return '';
  return v.length === 4 ? v : `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
}

/** What a clerk types → the API form; unparseable text is passed through so validation can name it. */
export function textToPartial(s: string): string {
  const t = s.trim();
  if (/^\d{4}$/.test(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return t;
}

interface Props {
  value?: string | null;
  onChange?: (v: string) => void;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
}

/** A date that may be known only by its year ("1985" or "05/03/1985"). Value in API form. */
export function PartialDateInput({ value, onChange, id, placeholder, ...rest }: Props) {
  const [text, setText] = useState(partialToText(value));
  // A value set from outside (form reset, another record) replaces the text; the clerk's own typing
  // (which maps to the same value) is kept as typed.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (textToPartial(text) !== (value ?? '')) setText(partialToText(value));
  }
  return (
    <Input
      id={id}
      className="partial-date-input"
      aria-label={rest['aria-label']}
      value={text}
      placeholder={placeholder ?? 'ngày/tháng/năm hoặc chỉ năm'}
      maxLength={10}
      onChange={(e) => {
        setText(e.target.value);
        onChange?.(textToPartial(e.target.value));
      }}
    />
  );
}
