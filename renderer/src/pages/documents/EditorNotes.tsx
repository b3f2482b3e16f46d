import type { DocumentRecord } from '../../../../shared/documents/api';

/** Which document this one was made from (a copy, next year's version), with a link to it. */
export function SourceNote({ source }: { source: NonNullable<DocumentRecord['source']> }) {
  return (
    <div className="muted" style={{ marginBottom: 8 }}>
      Tạo từ: {source.code ? `số ${source.code} – ` : ''}
      <a href={`#/van-ban?id=${source.id}`}>{source.title}</a> (năm {source.year})
    </div>
  );
}

/** The keys of the outline editor, shown above it while the document can be edited. */
export function OutlineKeysHelp() {
  return (
    <div className="doc-keys">
      <kbd>Enter</kbd> thêm dòng mới · <kbd>Tab</kbd>/<kbd>Shift+Tab</kbd> thụt vào/lùi ra (I. → 1. → 1.1. → đoạn → gạch đầu dòng → điểm a)
      · <kbd>Alt+↑</kbd>/<kbd>Alt+↓</kbd> chuyển lên/xuống · <kbd>Backspace</kbd> ở dòng trống để xóa dòng
    </div>
  );
}
