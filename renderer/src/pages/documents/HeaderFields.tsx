import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { DOCUMENT_KINDS, KIND_NAMES, type DocumentKind } from '../../../../shared/documents/model';
import type { OfficeSettings } from '../../../../shared/settings/schema';
import { DATE_FORMAT, dayjsToIso, isoToDayjs } from '../../lib/forms';
import type { EditorDoc } from './editor-model';

// The parts of a document around its outline: type, year, date, office identity, basis and opening
// lines, closing, signer and recipients.

const BREAK_TIP = 'Tên dài được tự xuống dòng cân đối; nhấn Enter để tự chọn chỗ xuống dòng.';

export type DocUpdate = (update: (doc: EditorDoc) => EditorDoc) => void;

export const KIND_OPTIONS = DOCUMENT_KINDS.map((k) => ({
  value: k,
  label: `${KIND_NAMES[k]}${k === 'CV' ? ' (không có tên loại)' : ` (${k})`}`,
}));

/** One text area per line, with add and remove. */
export function TextListEditor({
  items,
  onChange,
  readOnly,
  label,
  addLabel,
  placeholder,
}: {
  items: string[];
  onChange: (items: string[]) => void;
  readOnly: boolean;
  label: string;
  addLabel: string;
  placeholder?: string;
}) {
  return (
    <div>
      {items.map((text, i) => (
        <div key={i} style={{ display: 'flex', gap: 6, marginBottom: 6 }}>
          <Input.TextArea
            value={text}
            readOnly={readOnly}
            autoSize={{ minRows: 1 }}
            placeholder={placeholder}
            aria-label={`${label} ${i + 1}`}
            onChange={(e) => onChange(items.map((t, k) => (k === i ? e.target.value.replace(/\r?\n/g, ' ') : t)))}
          />
          {!readOnly && (
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`Xóa ${label.toLocaleLowerCase('vi')} ${i + 1}`}
              onClick={() => onChange(items.filter((_t, k) => k !== i))}
            />
          )}
        </div>
      ))}
      {!readOnly && (
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...items, ''])}>
          {addLabel}
        </Button>
      )}
    </div>
  );
}

export function GeneralFields({
  doc,
  year,
  update,
  onYear,
  readOnly,
  office,
}: {
  doc: EditorDoc;
  year: number;
  update: DocUpdate;
  onYear: (year: number) => void;
  readOnly: boolean;
  office: OfficeSettings | null;
}) {
  const header = (patch: Partial<EditorDoc['header']>) => update((d) => ({ ...d, header: { ...d.header, ...patch } }));
  return (
    <Form layout="vertical" component="div" disabled={readOnly}>
      <Row gutter={12}>
        <Col span={9}>
          <Form.Item label="Loại văn bản" htmlFor="doc-kind">
            <Select
              id="doc-kind"
              value={doc.kind}
              options={KIND_OPTIONS}
              onChange={(k: DocumentKind) => update((d) => ({ ...d, kind: k }))}
            />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label="Năm" htmlFor="doc-year" tooltip="Năm mà văn bản nói đến; dùng để lọc và để làm văn bản năm sau.">
            <InputNumber id="doc-year" value={year} min={2000} max={2100} style={{ width: '100%' }} onChange={(v) => v && onYear(v)} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label="Ngày ghi trên văn bản" htmlFor="doc-date" tooltip="Khi ban hành, ngày này được thay bằng ngày ban hành.">
            <DatePicker
              id="doc-date"
              value={isoToDayjs(doc.header.date)}
              format={DATE_FORMAT}
              allowClear={false}
              style={{ width: '100%' }}
              onChange={(d) => {
                const iso = dayjsToIso(d);
                if (iso) header({ date: iso });
              }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="Cơ quan cấp trên" htmlFor="doc-superior" tooltip={BREAK_TIP}>
            <Input.TextArea
              id="doc-superior"
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={doc.header.superiorBody ?? ''}
              onChange={(e) => header({ superiorBody: e.target.value || null })}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Đơn vị ban hành" htmlFor="doc-issuing" tooltip={BREAK_TIP}>
            <Input.TextArea
              id="doc-issuing"
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={doc.header.issuingBody}
              onChange={(e) => header({ issuingBody: e.target.value })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12} align="bottom">
        <Col span={8}>
          <Form.Item label="Ký hiệu" htmlFor="doc-suffix">
            <Input id="doc-suffix" value={doc.header.codeSuffix} onChange={(e) => header({ codeSuffix: e.target.value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Địa danh" htmlFor="doc-place">
            <Input id="doc-place" value={doc.header.placeName} onChange={(e) => header({ placeName: e.target.value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item>
            <Button
              icon={<ReloadOutlined />}
              disabled={readOnly || !office}
              onClick={() =>
                office &&
                header({
                  superiorBody: office.superiorBody,
                  issuingBody: office.issuingBody,
                  codeSuffix: office.codeSuffix,
                  placeName: office.placeName,
                })
              }
            >
              Lấy lại từ Cài đặt
            </Button>
          </Form.Item>
        </Col>
      </Row>
      <div className="muted">Số văn bản được cấp khi bấm "Ban hành…", theo sổ văn bản đi của năm.</div>
    </Form>
  );
}

export function SignerFields({
  doc,
  update,
  readOnly,
  office,
}: {
  doc: EditorDoc;
  update: DocUpdate;
  readOnly: boolean;
  office: OfficeSettings | null;
}) {
  const signer = (patch: Partial<EditorDoc['signer']>) => update((d) => ({ ...d, signer: { ...d.signer, ...patch } }));
  return (
    <Form layout="vertical" component="div" disabled={readOnly}>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="Thẩm quyền ký" htmlFor="doc-authority" tooltip="Ví dụ: TM. BAN THƯỜNG VỤ, KT. CHỦ TỊCH; để trống nếu không có.">
            <Input id="doc-authority" value={doc.signer.authority ?? ''} onChange={(e) => signer({ authority: e.target.value || null })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Chức danh" htmlFor="doc-signer-title">
            <Input id="doc-signer-title" value={doc.signer.title} onChange={(e) => signer({ title: e.target.value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Họ tên người ký" htmlFor="doc-signer-name">
            <Input id="doc-signer-name" value={doc.signer.name} onChange={(e) => signer({ name: e.target.value })} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Nơi nhận" extra='Mỗi dòng một nơi; dòng cuối thường là "Lưu: VT". Dấu ";" và "." ở cuối dòng được thêm tự động.'>
        <TextListEditor
          items={doc.recipients}
          onChange={(r) => update((d) => ({ ...d, recipients: r }))}
          readOnly={readOnly}
          label="Nơi nhận"
          addLabel="Thêm nơi nhận"
        />
      </Form.Item>
      {office && !readOnly && (
        <Button
          icon={<ReloadOutlined />}
          onClick={() =>
            update((d) => ({
              ...d,
              signer: { authority: office.signerAuthority, title: office.signerTitle, name: office.signerName },
              recipients: [...office.recipients],
            }))
          }
        >
          Lấy người ký và nơi nhận từ Cài đặt
        </Button>
      )}
    </Form>
  );
}
