import { Button, Checkbox, Input } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { DocumentRecord } from '../../../../shared/documents/api';
import { newUid, type EditorAnnex, type EditorDoc } from './editor-model';
import type { DocUpdate } from './HeaderFields';
import { OutlineEditor } from './OutlineEditor';
import { ReportFormNote } from './PlanRound';

/** The annexes of the document being edited: add, name, turn landscape, remove, and edit each one's text. */
export function AnnexesEditor({
  doc,
  record,
  update,
  readOnly,
}: {
  doc: EditorDoc;
  record: DocumentRecord;
  update: DocUpdate;
  readOnly: boolean;
}) {
  const setAnnex = (uid: number, fn: (a: EditorAnnex) => EditorAnnex) =>
    update((d) => ({ ...d, annexes: d.annexes.map((a) => (a.uid === uid ? fn(a) : a)) }));
  return (
    <>
      <div className="doc-section-title">
        <span>Phụ lục</span>
        {!readOnly && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() =>
              update((d) => ({
                ...d,
                annexes: [
                  ...d.annexes,
                  { uid: newUid(), title: 'Tên phụ lục', note: null, blocks: [{ uid: newUid(), type: 'paragraph', text: '' }] },
                ],
              }))
            }
          >
            Thêm phụ lục
          </Button>
        )}
      </div>
      {doc.annexes.length === 0 && <div className="muted">Không có phụ lục.</div>}
      {doc.annexes.map((annex, i) => (
        <div className="annex-card" key={annex.uid}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 8 }}>
            <b style={{ whiteSpace: 'nowrap' }}>Phụ lục {i + 1}</b>
            <Input
              value={annex.title}
              readOnly={readOnly}
              aria-label={`Tên phụ lục ${i + 1}`}
              onChange={(e) => setAnnex(annex.uid, (a) => ({ ...a, title: e.target.value }))}
            />
            <Checkbox
              checked={!!annex.landscape}
              disabled={readOnly}
              onChange={(e) => setAnnex(annex.uid, (a) => ({ ...a, landscape: e.target.checked }))}
            >
              <span style={{ whiteSpace: 'nowrap' }}>Trang ngang</span>
            </Checkbox>
            {!readOnly && (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`Xóa phụ lục ${i + 1}`}
                onClick={() => update((d) => ({ ...d, annexes: d.annexes.filter((a) => a.uid !== annex.uid) }))}
              />
            )}
          </div>
          {annex.source === 'report-round' ? (
            <ReportFormNote record={record} blocks={annex.blocks} />
          ) : (
            <OutlineEditor
              blocks={annex.blocks}
              onChange={(fn) => setAnnex(annex.uid, (a) => ({ ...a, blocks: fn(a.blocks) }))}
              readOnly={readOnly}
              name={`Phụ lục ${i + 1}`}
            />
          )}
        </div>
      ))}
    </>
  );
}
