import { Alert, Checkbox, Collapse, Space, Tag } from 'antd';
import type { ImportField, ImportRowStatus, MemberImportPreview, MemberImportSheet } from '../../../../../shared/members/import-schema';
import { ImportColumns, withColumn } from './ImportColumns';
import { ImportNotices } from './ImportNotices';
import { ImportRows } from './ImportRows';
import { ImportSheets } from './ImportSheets';
import type { useImportPreview } from './useImportPreview';

interface Props {
  preview: MemberImportPreview;
  imp: ReturnType<typeof useImportPreview>;
  units: { value: number; label: string }[];
  /** The first sheet to be taken whose problem stops the save, if any. */
  blocked: MemberImportSheet | undefined;
  skipErrors: boolean;
  onSkipErrors: (v: boolean) => void;
}

/** What the file holds: its sheets, their problems and columns, the counts by row status and every row. */
export function ImportPreviewBody({ preview, imp, units, blocked, skipErrors, onSkipErrors }: Props) {
  const activeSheet = preview.sheets.find((s) => s.index === imp.active) ?? null;
  const manual = activeSheet ? imp.opts.choices[activeSheet.index]?.firstDataRow !== undefined : false;
  const showSheets = preview.sheets.length > 1 || preview.sheets.some((s) => s.problem);
  const toggle = (s: ImportRowStatus) => imp.setStatusFilter(imp.statusFilter === s ? null : s);

  const changeColumn = (letter: string, field: ImportField | null) => {
    if (!activeSheet) return;
    const mapping = withColumn(activeSheet, letter, field);
    const headerless = activeSheet.problem?.kind === 'header' || manual;
    const firstDataRow = headerless
      ? (imp.opts.choices[activeSheet.index]?.firstDataRow ?? Number(activeSheet.sample[0]?.[0] ?? 1))
      : undefined;
    imp.choose(activeSheet, { take: true, mapping, ...(firstDataRow ? { firstDataRow } : {}) });
  };

  return (
    <div style={{ marginTop: 12 }}>
      {showSheets && (
        <>
          <div style={{ marginBottom: 4 }}>
            <b>Các trang trong tệp</b>{' '}
            <span className="muted">— đánh dấu trang cần nhập và chọn đơn vị nhận mỗi trang; bấm vào trang để xem cột.</span>
          </div>
          <ImportSheets
            sheets={preview.sheets}
            units={units}
            active={imp.active}
            onActivate={imp.setActive}
            disabled={imp.busy}
            onTake={(s, take) => imp.choose(s, { take })}
            onUnit={(s, unitId) => imp.choose(s, { unitId })}
          />
        </>
      )}
      {blocked && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          message={`${preview.sheets.length > 1 ? `Trang "${blocked.name}": ` : ''}${blocked.problem!.message}`}
        />
      )}
      <ImportNotices preview={preview} onJoinDate={(iso) => imp.update({ ...imp.opts, missingJoinDate: iso })} />
      {activeSheet && activeSheet.problem?.kind !== 'empty' && (
        <Collapse
          size="small"
          style={{ marginBottom: 8 }}
          // Open while the columns need the clerk (no header, no name column, chosen by hand).
          defaultActiveKey={manual || activeSheet.problem?.kind === 'header' || activeSheet.problem?.kind === 'name' ? ['cols'] : []}
          key={`${activeSheet.index}:${activeSheet.problem?.kind ?? ''}:${manual}`}
          items={[
            {
              key: 'cols',
              label: activeSheet.headerRow
                ? `Cột trong tệp (trang "${activeSheet.name}", tiêu đề ở dòng ${activeSheet.headerRow}) — bấm để sửa nếu phần mềm nhận sai cột`
                : `Cột trong tệp (trang "${activeSheet.name}", không có dòng tiêu đề) — chọn cột bằng tay`,
              children: (
                <ImportColumns
                  sheet={activeSheet}
                  manual={manual}
                  disabled={imp.busy}
                  onColumn={changeColumn}
                  onFirstRow={(row) =>
                    imp.choose(activeSheet, { take: true, firstDataRow: row, mapping: imp.opts.choices[activeSheet.index]?.mapping ?? {} })
                  }
                />
              ),
            },
          ]}
        />
      )}
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color="green" style={{ cursor: 'pointer' }} onClick={() => toggle('new')}>
          {preview.counts.new.toLocaleString('vi-VN')} mới
        </Tag>
        <Tag color="blue" style={{ cursor: 'pointer' }} onClick={() => toggle('exists')}>
          {preview.counts.exists.toLocaleString('vi-VN')} đã có (bỏ qua)
        </Tag>
        <Tag color="red" style={{ cursor: 'pointer' }} onClick={() => toggle('error')}>
          {preview.counts.error.toLocaleString('vi-VN')} lỗi
        </Tag>
        {imp.statusFilter && <span className="muted">Đang lọc: bấm lại nhãn để xem tất cả</span>}
        {preview.counts.error > 0 && (
          <Checkbox checked={skipErrors} onChange={(e) => onSkipErrors(e.target.checked)}>
            Bỏ qua các dòng lỗi, lưu các dòng đúng
          </Checkbox>
        )}
      </Space>
      <ImportRows key={`${preview.batchId}:${preview.revision}:${imp.statusFilter}`} preview={preview} status={imp.statusFilter} />
    </div>
  );
}
