import { Alert, App, Button } from 'antd';
import { CalendarOutlined, ExportOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { DocumentRecord } from '../../../../shared/documents/api';
import { KIND_NAMES, type Block } from '../../../../shared/documents/model';
import type { PlanRoundDraft } from '../../../../shared/reports/round-from-plan';
import { call, errorMessage } from '../../api/client';
import { navigate } from '../../app/useHashRoute';
import { RoundFormModal } from '../reports/RoundFormModal';
import { reportsHref } from '../reports/useReports';

// A plan with a results form and its reporting round: "Tạo đợt báo cáo từ kế hoạch" opens the
// round form filled from the plan; once the round exists, "Mở đợt báo cáo" goes to it.

const openRound = (id: number) => navigate(reportsHref({ roundId: id }));

export function PlanRoundButton({ record, beforeOpen }: { record: DocumentRecord; beforeOpen: () => Promise<boolean> }) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<PlanRoundDraft | null>(null);
  const [loading, setLoading] = useState(false);

  if (record.round) {
    const id = record.round.id;
    return (
      <Button icon={<ExportOutlined />} onClick={() => openRound(id)} title={`Đợt "${record.round.name}" (mã ${record.round.code})`}>
        Mở đợt báo cáo
      </Button>
    );
  }

  const start = async () => {
    setLoading(true);
    try {
      // The plan's dates are read from its saved text: save what was just typed first.
      if (!(await beforeOpen())) return;
      setDraft(await call('reports.planRoundDraft', { documentId: record.id }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button icon={<CalendarOutlined />} loading={loading} onClick={() => void start()}>
        Tạo đợt báo cáo từ {KIND_NAMES[record.kind].toLocaleLowerCase('vi')}
      </Button>
      <RoundFormModal
        open={draft !== null}
        roundId={null}
        plan={draft}
        onClose={() => setDraft(null)}
        onSaved={(r) => {
          setDraft(null);
          message.success(`Đã tạo đợt "${r.name}" từ ${KIND_NAMES[record.kind].toLocaleLowerCase('vi')}.`);
          openRound(r.id);
        }}
      />
    </>
  );
}

/** In place of the outline editor for the results form: where its rows come from and where to change them. */
export function ReportFormNote({ record, blocks }: { record: DocumentRecord; blocks: readonly Block[] }) {
  const table = blocks.find((b) => b.type === 'table');
  const groups = table?.boldRows?.length ?? 0;
  const rows = table ? table.rows.length - groups : 0;
  const counted = `${rows} chỉ tiêu${groups ? ` trong ${groups} nhóm` : ''}`;
  if (record.state === 'issued') {
    return <div className="muted">Mẫu báo cáo ({counted}) giữ nguyên như lúc ban hành; xem ở khung bên phải.</div>;
  }
  return (
    <Alert
      type="info"
      showIcon
      title={
        record.round
          ? `Bảng lấy từ bộ chỉ tiêu của đợt "${record.round.name}" (${counted}), đúng các dòng của mẫu Excel gửi các CĐCS.`
          : `Bảng lấy từ bộ chỉ tiêu mặc định Tháng Công nhân (${counted}), đúng các dòng của mẫu Excel sẽ gửi các CĐCS.`
      }
      description={
        record.round
          ? 'Muốn thêm, bớt hoặc sửa dòng: vào đợt báo cáo, thẻ "Chỉ tiêu". Bảng ở đây tự cập nhật theo; khi ban hành thì giữ nguyên.'
          : `Muốn thêm, bớt hoặc sửa dòng: bấm "Tạo đợt báo cáo từ ${KIND_NAMES[record.kind].toLocaleLowerCase('vi')}", rồi sửa ở thẻ "Chỉ tiêu" của đợt.`
      }
    />
  );
}
