import { App, Button, Checkbox, Empty, Input, List, Modal, Select, Space } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import { useCloseGuard } from '../../lib/useCloseGuard';
import type { ActivityTypeInput, Measure } from '../../../../shared/activities/schema';
import { MEASURES, MEASURE_LABELS } from '../../../../shared/activities/schema';
import { errorMessage } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { useActivityTypes } from './useActivities';

/** React keys for rows added in this session (not yet saved, so without an id). */
let newRowKeys = 0;

type Row = {
  id: number | null;
  name: string;
  hasBeneficiaries: boolean;
  indicators: Partial<Record<Measure, string[]>>;
  used: number;
  key: string;
};

/** The rows being edited, the selected one, and the clerk's edits (a refetch resets the rows, not `dirty`). */
function useTypeRows(open: boolean) {
  const types = useActivityTypes();
  const [rows, setRows] = useState<Row[]>([]);
  const [selected, setSelected] = useState(0);
  const initial = useMemo(() => (types.data ?? []).map((t) => ({ ...t, key: `t${t.id}` })), [types.data]);
  // Set by the clerk's own changes only (a refetch of the list resets the rows, not this).
  const [dirty, setDirty] = useState(false);
  const edit = (next: Row[]) => {
    setRows(next);
    setDirty(true);
  };

  useEffect(() => {
    if (open && types.data) {
      setRows(initial);
      setDirty(false);
      setSelected(0);
    }
  }, [open, types.data, initial]);

  const patch = (p: Partial<Row>) => edit(rows.map((r, i) => (i === selected ? { ...r, ...p } : r)));
  const move = (d: -1 | 1) => {
    const j = selected + d;
    if (j < 0 || j >= rows.length) return;
    const next = [...rows];
    [next[selected], next[j]] = [next[j], next[selected]];
    edit(next);
    setSelected(j);
  };
  const add = () => {
    edit([...rows, { id: null, name: '', hasBeneficiaries: false, indicators: { activities: ['1.1'] }, used: 0, key: `n${++newRowKeys}` }]);
    setSelected(rows.length);
  };
  const remove = () => {
    edit(rows.filter((_r, i) => i !== selected));
    setSelected(Math.max(0, selected - 1));
  };
  return { rows, selected, setSelected, cur: rows[selected], dirty, patch, move, add, remove };
}

/**
 * The editable list of activity types and, for each, which indicators (by code, as in the round's
 * indicator set) its figures count toward.
 */
export function ActivityTypesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const saveTypes = useApiMutation('activities.saveTypes');
  const [saving, setSaving] = useState(false);
  const { rows, selected, setSelected, cur, dirty, patch, move, add, remove } = useTypeRows(open);
  const guard = useCloseGuard({ open, dirty, onClose });

  const save = async () => {
    setSaving(true);
    try {
      const input: ActivityTypeInput[] = rows.map((r) => ({
        id: r.id,
        name: r.name,
        hasBeneficiaries: r.hasBeneficiaries,
        indicators: r.indicators,
      }));
      await saveTypes.mutateAsync({ types: input });
      message.success('Đã lưu danh sách loại hoạt động.');
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      {...guard.modalProps}
      width={1000}
      title="Loại hoạt động và chỉ tiêu được tính"
      okText="Lưu danh sách"
      cancelText="Hủy"
      onOk={save}
      confirmLoading={saving}
      destroyOnHidden
    >
      <p className="muted" style={{ marginTop: 0 }}>
        Mỗi loại hoạt động cộng số liệu của nó vào các chỉ tiêu có mã ghi dưới đây (mã trong bộ chỉ tiêu của đợt báo cáo, ví dụ 2.1). Đợt
        nào không có mã đó thì số liệu không được cộng và trang Kết quả sẽ báo.
      </p>
      <div className="types-editor">
        <div>
          <List
            size="small"
            bordered
            dataSource={rows}
            renderItem={(r, i) => (
              <List.Item
                className={i === selected ? 'types-selected' : undefined}
                onClick={() => setSelected(i)}
                style={{ cursor: 'pointer' }}
              >
                <span>
                  {r.name || <i className="muted">(chưa đặt tên)</i>}
                  {r.used > 0 && <span className="muted"> · {r.used} hoạt động</span>}
                </span>
              </List.Item>
            )}
          />
          <Space style={{ marginTop: 8 }} wrap>
            <Button icon={<PlusOutlined />} onClick={add}>
              Thêm loại
            </Button>
            <Button icon={<ArrowUpOutlined />} aria-label="Chuyển lên" onClick={() => move(-1)} />
            <Button icon={<ArrowDownOutlined />} aria-label="Chuyển xuống" onClick={() => move(1)} />
            <Button
              danger
              icon={<DeleteOutlined />}
              disabled={!cur || cur.used > 0}
              title={cur?.used ? 'Loại này đã có hoạt động nên không xóa được.' : undefined}
              onClick={remove}
            >
              Xóa loại
            </Button>
          </Space>
        </div>
        <div>{!cur ? <Empty description="Chọn một loại hoạt động ở bên trái." /> : <TypeDetail row={cur} onPatch={patch} />}</div>
      </div>
    </Modal>
  );
}

/** The selected type: its name, whether it names the members helped, and the indicator codes per measure. */
function TypeDetail({ row, onPatch }: { row: Row; onPatch: (p: Partial<Row>) => void }) {
  const catalogue = useApi('reports.defaultIndicators', {}, { staleTime: Infinity });
  const codeOptions = (catalogue.data ?? []).map((i) => ({ value: i.code, label: i.code, desc: `${i.code}. ${i.label}` }));
  return (
    <>
      <Input
        value={row.name}
        onChange={(e) => onPatch({ name: e.target.value })}
        placeholder="Tên loại hoạt động"
        aria-label="Tên loại hoạt động"
        maxLength={200}
      />
      <Checkbox
        style={{ margin: '8px 0 12px' }}
        checked={row.hasBeneficiaries}
        onChange={(e) => onPatch({ hasBeneficiaries: e.target.checked })}
      >
        Ghi tên đoàn viên được hỗ trợ (thăm hỏi, tặng quà, xây nhà…)
      </Checkbox>
      <table className="types-measures">
        <tbody>
          {MEASURES.map((m) => (
            <tr key={m}>
              <td>{MEASURE_LABELS[m]}</td>
              <td>
                <Select
                  mode="tags"
                  size="small"
                  style={{ width: '100%' }}
                  placeholder="Không tính vào chỉ tiêu nào"
                  aria-label={`Chỉ tiêu cho: ${MEASURE_LABELS[m]}`}
                  value={row.indicators[m] ?? []}
                  options={codeOptions}
                  showSearch={{ optionFilterProp: ['value', 'desc'] }}
                  optionRender={(o) => <span>{o.data.desc}</span>}
                  onChange={(v: string[]) => onPatch({ indicators: { ...row.indicators, [m]: v.map((x) => x.trim()).filter(Boolean) } })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
