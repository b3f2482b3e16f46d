import { TextListEditor, type DocUpdate } from './HeaderFields';
import type { EditorDoc } from './editor-model';

// "Kính gửi" of a công văn: who it is addressed to. One name prints on the label's line; several
// print one per line under it, '- …;' and the last '.', as NĐ 30/2020 Mẫu 1.4 shows.

export function AddresseesEditor({ doc, update, readOnly }: { doc: EditorDoc; update: DocUpdate; readOnly: boolean }) {
  const items = doc.addressees ?? [];
  return (
    <>
      <div className="doc-section-title">Kính gửi</div>
      <div className="doc-keys">
        Mỗi dòng một nơi. Dấu &quot;-&quot;, &quot;;&quot; và &quot;.&quot; được thêm tự động khi có từ hai nơi trở lên.
      </div>
      <TextListEditor
        items={items.length ? items : readOnly ? [] : ['']}
        onChange={(addressees) => update((d) => ({ ...d, addressees }))}
        readOnly={readOnly}
        label="Kính gửi"
        addLabel="Thêm nơi nhận"
        placeholder="Ví dụ: Ban Thường vụ Liên đoàn Lao động tỉnh"
      />
    </>
  );
}
