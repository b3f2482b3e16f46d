import { Alert, App, Button, Checkbox, Collapse, Dropdown, Empty, Input, Space, Spin, Tag, Tooltip } from 'antd';
import {
  ArrowLeftOutlined,
  CopyOutlined,
  DeleteOutlined,
  FileWordOutlined,
  ForwardOutlined,
  HistoryOutlined,
  MoreOutlined,
  PlusOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { useCallback, useState } from 'react';
import { STATE_LABELS, type DocumentRecord } from '../../../../shared/documents/api';
import { documentCode } from '../../../../shared/documents/dates';
import { KIND_NAMES, hasNextYear } from '../../../../shared/documents/model';
import { hasReportForm } from '../../../../shared/documents/round-annex';
import { isoToVn } from '../../../../shared/text/dates';
import { call, errorMessage } from '../../api/client';
import { useApiMutation, useSettings } from '../../api/hooks';
import { saveDownload } from '../../lib/files';
import { AddresseesEditor } from './AddresseesEditor';
import { fromEditorDoc, newUid, type EditorAnnex, type KeyedBlock } from './editor-model';
import { GeneralFields, SignerFields, TextListEditor } from './HeaderFields';
import { IssueModal } from './IssueModal';
import { NextYearModal } from './NextYearModal';
import { OutlineEditor } from './OutlineEditor';
import { IncomingLink } from './IncomingLink';
import { IssuedPdfButton } from './IssuedPdf';
import { PlanRoundButton, ReportFormNote } from './PlanRound';
import { SaveTemplateModal } from './SaveTemplateModal';
import { PreviewPane } from './PreviewPane';
import { SaveStatusText } from './SaveStatusText';
import { useAutosave } from './useAutosave';
import { useEditorKeys } from './useEditorKeys';
import { goToEditor, goToList, goToPrint, useDocument } from './useDocuments';
import { VersionDrawer } from './VersionDrawer';

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
  const { message, modal } = App.useApp();
  const office = useSettings().data?.settings ?? null;
  const { record, doc, year, status, update, changeYear, flush, load, discard } = useAutosave(initial);
  const id = initial.id;
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [dialog, setDialog] = useState<null | 'issue' | 'versions' | 'template' | 'next-year'>(null);
  const duplicateDoc = useApiMutation('documents.duplicate');
  const deleteDoc = useApiMutation('documents.delete');
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
  const setAnnex = (uid: number, fn: (a: EditorAnnex) => EditorAnnex) =>
    update((d) => ({ ...d, annexes: d.annexes.map((a) => (a.uid === uid ? fn(a) : a)) }));

  const downloadDocx = async () => {
    try {
      await flush();
      saveDownload(await call('documents.exportDocx', { id }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const duplicate = async () => {
    try {
      await flush();
      const copy = await duplicateDoc.mutateAsync({ id });
      message.success('Đã tạo bản nháp mới. Bạn đang sửa bản nháp này.');
      goToEditor(copy.id);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const remove = () =>
    modal.confirm({
      title: 'Xóa dự thảo này?',
      content: 'Dự thảo và lịch sử phiên bản của nó bị xóa hẳn, không hoàn tác được.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: async () => {
        try {
          discard();
          await deleteDoc.mutateAsync({ id });
          message.success(`Đã xóa dự thảo "${record.title}".`);
          goToList();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  const code = record.number !== null ? documentCode(record.number, record.kind, doc.header.codeSuffix) : null;
  const kindName = KIND_NAMES[doc.kind];
  return (
    <div className="doc-editor">
      <div className="doc-editor-bar">
        <div className="doc-editor-title">
          <Tooltip title="Về danh sách văn bản">
            <Button icon={<ArrowLeftOutlined />} onClick={goToList} aria-label="Danh sách" />
          </Tooltip>
          <h1 title={doc.title}>
            {kindName}
            {code ? ` số ${code}` : ''}: {doc.title}
          </h1>
          <Tag color={readOnly ? 'green' : 'gold'}>{STATE_LABELS[record.state]}</Tag>
          {!readOnly && <SaveStatusText status={status} />}
        </div>
        <Space wrap size={8}>
          <Button icon={<HistoryOutlined />} onClick={() => setDialog('versions')}>
            Lịch sử
          </Button>
          <Tooltip title="Xem trang in, in hoặc lưu PDF (Ctrl+P)">
            <Button icon={<PrinterOutlined />} onClick={() => void openPrint()}>
              Xem bản in
            </Button>
          </Tooltip>
          <Button icon={<FileWordOutlined />} onClick={downloadDocx}>
            Tải Word
          </Button>
          {readOnly && <IssuedPdfButton id={id} />}
          {hasReportForm(doc) && <PlanRoundButton record={record} beforeOpen={() => flush()} />}
          {!readOnly && (
            <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setDialog('issue')}>
              Ban hành…
            </Button>
          )}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                ...(readOnly
                  ? []
                  : [
                      {
                        key: 'save',
                        icon: <SaveOutlined />,
                        label: 'Lưu ngay (Ctrl+S)',
                        onClick: saveNow,
                      },
                    ]),
                { key: 'template', icon: <SaveOutlined />, label: 'Lưu thành mẫu…', onClick: () => setDialog('template') },
                { key: 'duplicate', icon: <CopyOutlined />, label: 'Tạo bản nháp mới từ văn bản này', onClick: () => void duplicate() },
                ...(hasNextYear(doc.kind)
                  ? [
                      {
                        key: 'next-year',
                        icon: <ForwardOutlined />,
                        label: `Làm ${kindName.toLocaleLowerCase('vi')} năm sau…`,
                        onClick: () => setDialog('next-year'),
                      },
                    ]
                  : []),
                ...(readOnly
                  ? []
                  : [
                      { type: 'divider' as const },
                      { key: 'delete', icon: <DeleteOutlined />, danger: true, label: 'Xóa dự thảo…', onClick: remove },
                    ]),
              ],
            }}
          >
            <Button icon={<MoreOutlined />}>Thao tác khác</Button>
          </Dropdown>
        </Space>
      </div>
      <div className="doc-editor-main">
        <div className="doc-editor-left">
          {readOnly && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 12 }}
              title={`Đã ban hành: số ${code}, ngày ${isoToVn(record.date)}. Văn bản đã khóa, không sửa được.`}
              description={
                <Space wrap style={{ marginTop: 6 }}>
                  <Button icon={<CopyOutlined />} onClick={() => void duplicate()}>
                    Tạo bản nháp mới từ văn bản này
                  </Button>
                  {hasNextYear(doc.kind) && (
                    <Button icon={<ForwardOutlined />} onClick={() => setDialog('next-year')}>
                      Làm {kindName.toLocaleLowerCase('vi')} năm sau
                    </Button>
                  )}
                </Space>
              }
            />
          )}
          {record.source && (
            <div className="muted" style={{ marginBottom: 8 }}>
              Tạo từ: {record.source.code ? `số ${record.source.code} – ` : ''}
              <a href={`#/van-ban?id=${record.source.id}`}>{record.source.title}</a> (năm {record.source.year})
            </div>
          )}
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
          {!readOnly && (
            <div className="doc-keys">
              <kbd>Enter</kbd> thêm dòng mới · <kbd>Tab</kbd>/<kbd>Shift+Tab</kbd> thụt vào/lùi ra (I. → 1. → 1.1. → đoạn → gạch đầu dòng →
              điểm a) · <kbd>Alt+↑</kbd>/<kbd>Alt+↓</kbd> chuyển lên/xuống · <kbd>Backspace</kbd> ở dòng trống để xóa dòng
            </div>
          )}
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
        </div>
        <PreviewPane doc={doc} focusIndex={focusIndex} />
      </div>

      <IssueModal
        record={{ ...record, doc: fromEditorDoc(doc) }}
        open={dialog === 'issue'}
        onClose={() => setDialog(null)}
        beforeIssue={() => flush()}
        onIssued={(r) => {
          setDialog(null);
          load(r);
          message.success(`Đã ban hành: số ${r.code}. Văn bản đã khóa.`);
        }}
      />
      <VersionDrawer
        record={record}
        open={dialog === 'versions'}
        onClose={() => setDialog(null)}
        beforeRestore={() => flush()}
        onRestored={load}
      />
      <SaveTemplateModal
        record={record}
        open={dialog === 'template'}
        onClose={() => setDialog(null)}
        beforeSave={() => flush()}
        onSaved={(t) => {
          setDialog(null);
          message.success(`Đã lưu mẫu "${t.name}". Chọn mẫu này khi bấm "Tạo văn bản".`);
        }}
      />
      <NextYearModal
        source={dialog === 'next-year' ? record : null}
        onClose={() => setDialog(null)}
        onOpen={(newId) => {
          setDialog(null);
          goToEditor(newId);
        }}
      />
    </div>
  );
}
