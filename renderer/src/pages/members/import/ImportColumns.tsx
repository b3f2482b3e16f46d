import { InputNumber, Select, Space, Table } from 'antd';
import type { ImportField, ImportMapping, MemberImportSheet } from '../../../../../shared/members/import-schema';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from '../../../../../shared/members/import-schema';
import { foldedFilter } from '../../../lib/select';

const FIELD_OPTIONS = [
  { value: '', label: '(bỏ qua cột này)' },
  ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] })),
];

/** The sheet's mapping with one column changed: a field lives in one column at most. */
export function withColumn(sheet: MemberImportSheet, letter: string, field: ImportField | null): ImportMapping {
  const next: ImportMapping = {};
  for (const f of IMPORT_FIELDS) next[f] = sheet.mapping[f] ?? null;
  for (const f of IMPORT_FIELDS) if (next[f] === letter) next[f] = null;
  if (field) next[field] = letter;
  return next;
}

function fieldAt(sheet: MemberImportSheet, letter: string): ImportField | '' {
  return (Object.entries(sheet.mapping).find(([, l]) => l === letter)?.[0] as ImportField | undefined) ?? '';
}

const letterOf = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`);

/** What each column of the sheet holds: found from its header, or chosen here. */
export function ImportColumns({
  sheet,
  manual,
  disabled,
  onColumn,
  onFirstRow,
}: {
  sheet: MemberImportSheet;
  /** Columns chosen by hand on the first rows (no header row). */
  manual: boolean;
  /** While a change is being applied. */
  disabled: boolean;
  onColumn: (letter: string, field: ImportField | null) => void;
  onFirstRow: (row: number) => void;
}) {
  // No header found: choose the columns on the first rows of the sheet.
  if (sheet.problem?.kind === 'header' || manual) {
    const width = Math.max(0, ...sheet.sample.map((r) => r.findLastIndex((c, i) => i > 0 && c !== '')));
    const letters = Array.from({ length: Math.max(width, 1) }, (_, i) => letterOf(i));
    return (
      <>
        <Space style={{ marginBottom: 8 }} wrap>
          <span>Không có dòng tiêu đề: hãy chọn cột nào là gì (ít nhất cột Họ và tên). Danh sách bắt đầu từ dòng</span>
          <InputNumber
            size="small"
            min={1}
            aria-label="Danh sách bắt đầu từ dòng"
            disabled={disabled}
            value={manual ? sheet.firstDataRow : undefined}
            placeholder={String(sheet.sample[0]?.[0] ?? 1)}
            onChange={(v) => v && onFirstRow(v)}
          />
        </Space>
        <Table
          size="small"
          pagination={false}
          rowKey={(r) => r[0]}
          dataSource={sheet.sample}
          scroll={{ x: 140 * letters.length }}
          columns={[
            { title: 'Dòng', key: 'row', width: 56, render: (_: unknown, r: string[]) => r[0] },
            ...letters.map((letter, i) => ({
              key: letter,
              width: 140,
              title: (
                <Select
                  size="small"
                  style={{ width: 130 }}
                  aria-label={`Cột ${letter} hiểu là`}
                  disabled={disabled}
                  value={fieldAt(sheet, letter)}
                  onChange={(v: string) => onColumn(letter, (v || null) as ImportField | null)}
                  options={FIELD_OPTIONS}
                  showSearch={{ filterOption: foldedFilter }}
                  popupMatchSelectWidth={false}
                />
              ),
              render: (_: unknown, r: string[]) => r[i + 1],
            })),
          ]}
        />
      </>
    );
  }
  return (
    <Table
      size="small"
      rowKey="letter"
      pagination={false}
      dataSource={sheet.columns}
      scroll={{ y: 260 }}
      columns={[
        { title: 'Cột', dataIndex: 'letter', width: 60 },
        { title: 'Tiêu đề trong tệp', dataIndex: 'header' },
        {
          title: 'Hiểu là',
          dataIndex: 'field',
          width: 300,
          render: (field: ImportField | null, c) => (
            <Select
              size="small"
              style={{ width: 280 }}
              aria-label={`Cột ${c.letter} hiểu là`}
              disabled={disabled}
              value={field ?? ''}
              onChange={(v: string) => onColumn(c.letter, (v || null) as ImportField | null)}
              options={FIELD_OPTIONS}
              showSearch={{ filterOption: foldedFilter }}
            />
          ),
        },
      ]}
    />
  );
}
