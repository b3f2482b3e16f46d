import { Alert, Button, Form, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentSummary, NextYearResult } from '../../../../shared/documents/api';
import { call, errorMessage } from '../../api/client';
import { diffWords } from './diff';

// "Làm kế hoạch năm sau": copy into a draft for another year, then show every change.

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

  const make = async () => {
    if (!source || !year) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await call('documents.nextYear', { id: source.id, year }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!source}
      title={result ? `Đã tạo bản nháp năm ${result.document.year}` : 'Làm văn bản năm sau từ văn bản này'}
      onCancel={onClose}
      width={result ? 860 : 560}
      destroyOnHidden
      footer={
        result ? (
          <>
            <Button onClick={onClose}>Đóng</Button>
            <Button type="primary" onClick={() => onOpen(result.document.id)}>
              Mở bản nháp mới
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>Hủy</Button>
            <Button type="primary" loading={busy} onClick={make} disabled={!year}>
              Tạo bản nháp năm {year ?? ''}
            </Button>
          </>
        )
      }
    >
      {!result && source && (
        <>
          <p style={{ marginTop: 0 }}>
            Phần mềm chép "<b>{source.title}</b>" (năm {source.year}) thành một bản nháp mới, đổi năm và các ngày tháng sang năm mới, tính
            lại số năm các ngày kỷ niệm, bỏ số văn bản cũ, lấy thông tin đơn vị trong Cài đặt. Văn bản cũ giữ nguyên.
          </p>
          <Form layout="vertical">
            <Form.Item label="Năm của văn bản mới" htmlFor="next-year">
              <InputNumber id="next-year" min={2000} max={2100} value={year} onChange={(v) => setYear(v)} style={{ width: 160 }} />
            </Form.Item>
          </Form>
          {error && <Alert type="error" showIcon title={error} />}
        </>
      )}
      {result && (
        <>
          <Alert
            type="success"
            showIcon
            title={`"${result.document.title}": ${result.changes.length} chỗ đã thay đổi. Hãy đọc lại trước khi ban hành.`}
            style={{ marginBottom: 12 }}
          />
          {result.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="Cần kiểm tra thêm"
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {result.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              }
              style={{ marginBottom: 12 }}
            />
          )}
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
