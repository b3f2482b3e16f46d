import { Select } from 'antd';
import { basisLine } from '../../../../shared/incoming/basis';
import { INCOMING_KIND_NAMES } from '../../../../shared/incoming/kinds';
import { isoToVn } from '../../../../shared/text/dates';
import { foldVi } from '../../../../shared/text/vi';
import { useIncomingList } from './useIncoming';

// "Thực hiện văn bản" in the create-document dialog: the incoming document a plan or guidance
// carries out, newest first; the basis line it gives is shown under the choice, as it will be written.

/** Every word typed must appear, in any order, diacritics and case aside: "29/kh thang cong nhan". */
const everyWord = (input: string, option?: { label?: unknown }) => {
  const label = foldVi(String(option?.label ?? ''));
  return foldVi(input)
    .split(' ')
    .every((w) => label.includes(w));
};

export function IncomingSelect({ value, onChange }: { value?: number | null; onChange?: (v: number | null) => void }) {
  const list = useIncomingList({});
  const items = list.data?.items ?? [];
  const chosen = items.find((d) => d.id === value) ?? null;
  return (
    <div>
      <Select
        allowClear
        aria-label="Thực hiện văn bản"
        // As wide as its place, never wider: a long trích yếu is cut with "…", not run under the preview.
        style={{ width: '100%' }}
        loading={list.isLoading}
        value={value ?? undefined}
        onChange={(v) => onChange?.(v ?? null)}
        showSearch={{ filterOption: everyWord }}
        placeholder={items.length ? 'Chọn văn bản của cấp trên (gõ số hoặc trích yếu để tìm)' : 'Sổ văn bản đến chưa có văn bản nào'}
        notFoundContent="Không có văn bản đến nào khớp."
        options={items.map((d) => ({
          value: d.id,
          label: `${INCOMING_KIND_NAMES[d.docKind]} số ${d.docNumber}, ngày ${isoToVn(d.docDate)} – ${d.subject} (${d.issuer})`,
        }))}
      />
      {chosen && (
        <div className="muted" style={{ marginTop: 6, fontStyle: 'italic' }} aria-label="Dòng căn cứ sẽ ghi">
          {basisLine(chosen)}
        </div>
      )}
    </div>
  );
}
