import { Alert, DatePicker, Space } from 'antd';
import type { MemberImportPreview } from '../../../../../shared/members/import-schema';
import { DATE_FORMAT, dayjsToIso, isoToDayjs } from '../../../lib/forms';
import { today } from '../../../lib/clock';

/** What the clerk should know before saving: join dates assumed, text converted, dates read month first, a file imported before. */
export function ImportNotices({ preview, onJoinDate }: { preview: MemberImportPreview; onJoinDate: (iso: string | null) => void }) {
  const multi = preview.sheets.filter((s) => s.take).length > 1;
  const monthFirst = preview.sheets.filter((s) => s.take).flatMap((s) => s.monthFirst.map((m) => ({ ...m, sheet: s.name })));
  return (
    <>
      {preview.missingJoin && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${preview.missingJoin.count.toLocaleString('vi-VN')} người không ghi ngày vào Công đoàn`}
          description={
            <Space wrap>
              <span>
                Họ được tính là đoàn viên từ ngày
                {preview.missingJoin.source === 'title'
                  ? ' ghi trên tiêu đề danh sách'
                  : preview.missingJoin.source === 'year'
                    ? ' đầu năm'
                    : ' đã chọn'}{' '}
                (dùng cho thống kê ngày 31/5, 30/11). Đổi ngày:
              </span>
              <DatePicker
                aria-label="Ngày vào Công đoàn cho người không ghi"
                format={DATE_FORMAT}
                allowClear={false}
                value={isoToDayjs(preview.missingJoin.date)}
                disabledDate={(d) => d.isAfter(today(), 'day')}
                onChange={(d) => onJoinDate(dayjsToIso(d))}
              />
            </Space>
          }
        />
      )}
      {monthFirst.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Ngày tháng ghi theo kiểu tháng/ngày/năm"
          description={
            <>
              {monthFirst.map((m, i) => (
                <div key={i}>
                  {multi ? `Trang "${m.sheet}", c` : 'C'}ột {m.letter} ({m.header})
                  {m.example ? `: có ngày như "${m.example}"` : ' định dạng tháng trước ngày'} — đã đọc cả cột theo kiểu tháng/ngày/năm.
                </div>
              ))}
              Hãy xem lại vài ngày sinh trong bảng trước khi lưu.
            </>
          }
        />
      )}
      {preview.legacyText && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${preview.legacyText.count.toLocaleString('vi-VN')} tên được chuyển từ mã ${preview.legacyText.encodings.join('/')} sang Unicode`}
          description={
            <>
              Danh sách này được gõ bằng phông chữ cũ ({preview.legacyText.encodings.includes('TCVN3') ? '.VnTime' : 'VNI-Times'}); phần mềm
              đã đổi sang chữ Unicode để tìm kiếm và in đúng. Ví dụ:{' '}
              {preview.legacyText.examples.map((e, i) => (
                <span key={i}>
                  {i > 0 ? '; ' : ''}"{e.from}" → <b>{e.to}</b>
                </span>
              ))}
              . Hãy xem lại các tên trong bảng trước khi lưu.
            </>
          }
        />
      )}
      {preview.previousImport && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message={`Tệp này đã được nhập ngày ${new Date(preview.previousImport.at).toLocaleDateString('vi-VN')} (${preview.previousImport.created} đoàn viên). Những người đã có sẽ không được thêm lần nữa.`}
        />
      )}
    </>
  );
}
