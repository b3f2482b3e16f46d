import { Alert, Button, Form, InputNumber, Modal, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentSummary, NextYearResult } from '../../../../shared/documents/api';
import { call, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { diffWords } from './diff';

// "Làm kế hoạch năm sau": first a preview of what will change and of what the clerk must still
// change by hand (theme, basis, dated events, partners, anniversaries); the draft is created only
// when the clerk confirms, then every change is shown again.

function Diff({ before, after }: { before: string; after: string }) {
  return (
    <div className="change-text">
      {diffWords(before, after).map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : (
          <ins key={i}>{p.text}</ins>
        ),
      )}
    </div>
  );
}

/** The first step: what the copy does, and the year of the new document. */
function NextYearIntro({
  source,
  year,
  onYear,
  error,
}: {
  source: DocumentSummary;
  year: number | null;
  onYear: (year: number | null) => void;
  error: string | null;
}) {
  return (
    <>
      <p style={{ marginTop: 0 }}>
        Phần mềm chép "<b>{source.title}</b>" (năm {source.year}) thành một bản nháp mới, đổi năm và các ngày tháng sang năm mới, tính lại
        số năm các ngày kỷ niệm, bỏ số văn bản cũ, lấy thông tin đơn vị trong Cài đặt. Văn bản cũ giữ nguyên.
      </p>
      <Form layout="vertical">
        <Form.Item label="Năm của văn bản mới" htmlFor="next-year">
          <InputNumber id="next-year" min={2000} max={2100} value={year} onChange={(v) => onYear(v)} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </>
  );
}

export function NextYearModal({
  source,
  onClose,
  onOpen,
}: {
  source: DocumentSummary | null;
  onClose: () => void;
  /** Opens the new draft. */
  onOpen: (id: number) => void;
}) {
  const [year, setYear] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<NextYearResult | null>(null);
  const nextYear = useApiMutation('documents.nextYear');
  const created = result?.document ?? null;

  // Reset when the modal opens for a document (not when the same document re-renders).
  const sourceId = source?.id ?? null;
  const sourceYear = source?.year ?? null;
  useEffect(() => {
    if (sourceId !== null && sourceYear !== null) {
      setYear(sourceYear + 1);
      setResult(null);
      setError(null);
    }
  }, [sourceId, sourceYear]);

  const make = async (preview: boolean) => {
    if (!source || !year) return;
    setBusy(true);
    setError(null);
    try {
      // Only the real run changes anything (and refreshes the lists); the preview is a plain read.
      setResult(
        preview
          ? await call('documents.nextYear', { id: source.id, year, preview })
          : await nextYear.mutateAsync({ id: source.id, year, preview }),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!source}
      title={
        created
          ? `Đã tạo bản nháp năm ${created.year}`
          : result
            ? `Trước khi tạo bản nháp năm ${year}`
            : 'Làm văn bản năm sau từ văn bản này'
      }
      onCancel={onClose}
      width={result ? 860 : 560}
      destroyOnHidden
      footer={
        created ? (
          <>
            <Button onClick={onClose}>Đóng</Button>
            <Button type="primary" onClick={() => onOpen(created.id)}>
              Mở bản nháp mới
            </Button>
          </>
        ) : result ? (
          <>
            <Button onClick={() => setResult(null)}>Quay lại</Button>
            <Button type="primary" loading={busy} onClick={() => make(false)}>
              Đã đọc, tạo bản nháp năm {year}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>Hủy</Button>
            <Button type="primary" loading={busy} onClick={() => make(true)} disabled={!year}>
              Xem trước những chỗ cần sửa
            </Button>
          </>
        )
      }
    >
      {!result && source && <NextYearIntro source={source} year={year} onYear={setYear} error={error} />}
      {result && (
        <>
          {created ? (
            <Alert
              type="success"
              showIcon
              title={`"${created.title}": ${result.changes.length} chỗ đã thay đổi. Hãy đọc lại trước khi ban hành.`}
              style={{ marginBottom: 12 }}
            />
          ) : (
            <p style={{ marginTop: 0 }}>
              Phần mềm sẽ đổi {result.changes.length} chỗ (xem bên dưới). Những chỗ sau gắn với năm {source?.year} mà phần mềm không tự đổi
              được: hãy đọc, rồi sửa trong bản nháp.
            </p>
          )}
          <YearChecks result={result} />
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <div className="change-list" aria-label="Những chỗ đã thay đổi">
            {result.changes.map((c, i) => (
              <div className="change-item" key={i}>
                <div className="change-where">{c.where}</div>
                <Diff before={c.before} after={c.after} />
              </div>
            ))}
          </div>
        </>
      )}
    </Modal>
  );
}

/** The list the clerk reads before confirming: each year-bound part (what, where, what to do), then the anniversaries. */
function YearChecks({ result }: { result: NextYearResult }) {
  const { checks, warnings, anniversaries } = result;
  if (!checks.length && !warnings.length && !anniversaries.added.length && !anniversaries.dropped.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title="Cần kiểm tra và sửa tay"
      style={{ marginBottom: 12 }}
      description={
        <div aria-label="Những chỗ cần kiểm tra">
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {checks.map((c, i) => (
              <li key={`c${i}`}>
                <b>{c.where}:</b> {c.what} {c.todo}
              </li>
            ))}
            {warnings.map((w, i) => (
              <li key={`w${i}`}>{w}</li>
            ))}
          </ul>
          {anniversaries.added.length > 0 && (
            <>
              <div style={{ marginTop: 8, fontWeight: 500 }}>Ngày kỷ niệm năm chẵn nên thêm:</div>
              <ul style={{ margin: 0, paddingLeft: 18 }} aria-label="Ngày kỷ niệm nên thêm">
                {anniversaries.added.map((a) => (
                  <li key={a.phrase}>
                    {a.phrase} {a.solemn && <Tag color="red">Trọng thể</Tag>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {anniversaries.dropped.length > 0 && (
            <>
              <div style={{ marginTop: 8, fontWeight: 500 }}>Ngày kỷ niệm không còn là năm chẵn (cân nhắc bỏ):</div>
              <ul style={{ margin: 0, paddingLeft: 18 }} aria-label="Ngày kỷ niệm nên bỏ">
                {anniversaries.dropped.map((a) => (
                  <li key={a.phrase}>{a.phrase}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      }
    />
  );
}
