import { App, Button, Collapse, Empty, Input, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { type DocumentRecord } from '../../../../shared/documents/api';
import { documentCode } from '../../../../shared/documents/dates';
import { KIND_NAMES } from '../../../../shared/documents/model';
import { isoToVn } from '../../../../shared/text/dates';
import { errorMessage } from '../../api/client';
import { useSettings } from '../../api/hooks';
import { AddresseesEditor } from './AddresseesEditor';
import { AnnexesEditor } from './AnnexesEditor';
import { EditorBar, IssuedNotice, type EditorDialog } from './EditorBar';
import { EditorDialogs } from './EditorDialogs';
import { OutlineKeysHelp, SourceNote } from './EditorNotes';
import { type KeyedBlock } from './editor-model';
import { GeneralFields, SignerFields, TextListEditor } from './HeaderFields';
import { OutlineEditor } from './OutlineEditor';
import { IncomingLink } from './IncomingLink';
import { PreviewPane } from './PreviewPane';
import { useAutosave } from './useAutosave';
import { useOpenDocumentActions } from './useDocumentActions';
import { useEditorKeys } from './useEditorKeys';
import { goToList, goToPrint, useDocument } from './useDocuments';

export function DocumentEditor({ id }: { id: number }) {
  const q = useDocument(id);
  if (q.error) {
    return (
      <div className="page">
        <Empty description={errorMessage(q.error)}>
          <Button onClick={goToList}>Về danh sách văn bản</Button>
        </Empty>
      </div>
    );
  }
  if (!q.data) return <Spin style={{ margin: 40 }} />;
  return <Editor key={id} initial={q.data} />;
}

function Editor({ initial }: { initial: DocumentRecord }) {
  const { message } = App.useApp();
  const office = useSettings().data?.settings ?? null;
  const { record, doc, year, status, update, changeYear, flush, load, discard } = useAutosave(initial);
  const id = initial.id;
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const readOnly = record.state === 'issued';

  /** Saves, then opens the print view. */
  const openPrint = useCallback(async () => {
    await flush();
    goToPrint(id);
  }, [flush, id]);

  /** Saves now, keeping a version for good. */
  const saveNow = useCallback(() => void flush(true).then((ok) => ok && message.success('Đã lưu.')), [flush, message]);
  const print = useCallback(() => void openPrint(), [openPrint]);
  useEditorKeys({ save: saveNow, print, readOnly });

  const setBody = useCallback((fn: (b: KeyedBlock[]) => KeyedBlock[]) => update((d) => ({ ...d, body: fn(d.body) })), [update]);

  const { downloadDocx, duplicate, remove } = useOpenDocumentActions({ id, title: record.title }, { flush, discard });

  const code = record.number !== null ? documentCode(record.number, record.kind, doc.header.codeSuffix) : null;
  const kindName = KIND_NAMES[doc.kind];
  return (
    <div className="doc-editor">
      <EditorBar
        record={record}
        doc={doc}
        code={code}
        status={status}
        actions={{
          openPrint: () => void openPrint(),
          saveNow,
          downloadDocx,
          duplicate,
          remove,
          open: setDialog,
          beforePlanRound: () => flush(),
        }}
      />
      <div className="doc-editor-main">
        <div className="doc-editor-left">
          {readOnly && <IssuedNotice code={code} record={record} doc={doc} actions={{ duplicate, open: setDialog }} />}
          {record.source && <SourceNote source={record.source} />}
          <label className="doc-section-title" htmlFor="doc-title">
            Trích yếu {doc.kind === 'CV' ? '(in sau "V/v")' : `(in dưới chữ ${KIND_NAMES[doc.kind].toLocaleUpperCase('vi')})`}
          </label>
          <Input.TextArea
            id="doc-title"
            value={doc.title}
            readOnly={readOnly}
            autoSize={{ minRows: 1 }}
            onChange={(e) => update((d) => ({ ...d, title: e.target.value.replace(/\r?\n/g, ' ') }))}
          />
          {doc.kind === 'CV' && <AddresseesEditor doc={doc} update={update} readOnly={readOnly} />}
          <Collapse
            style={{ marginTop: 12 }}
            size="small"
            items={[
              {
                key: 'general',
                label: `Loại, ngày, đơn vị ban hành — ${kindName} · ${isoToVn(doc.header.date)} · ${doc.header.issuingBody}`,
                children: <GeneralFields doc={doc} year={year} update={update} onYear={changeYear} readOnly={readOnly} office={office} />,
              },
            ]}
          />
          <div className="doc-section-title">Căn cứ (in nghiêng)</div>
          {(doc.kind === 'KH' || doc.kind === 'HD') && (
            <IncomingLink record={record} basis={doc.basis} readOnly={readOnly} beforeChange={() => flush()} onChanged={load} />
          )}
          <TextListEditor
            items={doc.basis}
            onChange={(basis) => update((d) => ({ ...d, basis }))}
            readOnly={readOnly}
            label="Căn cứ"
            addLabel="Thêm dòng căn cứ"
            placeholder="Căn cứ … / Thực hiện Kế hoạch số … ngày … của …"
          />
          <div className="doc-section-title">Mở đầu</div>
          <TextListEditor
            items={doc.intro}
            onChange={(intro) => update((d) => ({ ...d, intro }))}
            readOnly={readOnly}
            label="Đoạn mở đầu"
            addLabel="Thêm đoạn mở đầu"
          />
          <div className="doc-section-title">Nội dung</div>
          {!readOnly && <OutlineKeysHelp />}
          <OutlineEditor blocks={doc.body} onChange={setBody} readOnly={readOnly} name="Nội dung" onFocusBlock={setFocusIndex} />
          <div className="doc-section-title">Kết thúc</div>
          <TextListEditor
            items={doc.closing}
            onChange={(closing) => update((d) => ({ ...d, closing }))}
            readOnly={readOnly}
            label="Đoạn kết thúc"
            addLabel="Thêm đoạn kết thúc"
          />
          <Collapse
            style={{ marginTop: 16 }}
            size="small"
            items={[
              {
                key: 'signer',
                label: `Người ký và nơi nhận — ${[doc.signer.authority, doc.signer.title, doc.signer.name].filter(Boolean).join(' · ')}`,
                children: <SignerFields doc={doc} update={update} readOnly={readOnly} office={office} />,
              },
            ]}
          />
          <AnnexesEditor doc={doc} record={record} update={update} readOnly={readOnly} />
        </div>
        <PreviewPane doc={doc} focusIndex={focusIndex} />
      </div>

      <EditorDialogs dialog={dialog} onClose={() => setDialog(null)} record={record} doc={doc} flush={flush} load={load} />
    </div>
  );
}
