import { App, Button, Card, Progress } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { CHECKLIST_STEPS, type ChecklistStep } from '../../../../shared/app/checklist-steps';
import { errorMessage } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { navigate } from '../../app/useHashRoute';
import { helpHref, type HelpTopic } from '../help/topics';
import './checklist.css';

// The first-run checklist: the six things a new office does, each ticked as soon as its data
// exists (read from the server every time the dashboard opens), each with a link to where it is done.

const STEPS: Record<ChecklistStep, { title: string; text: string; href: string; action: string; help: HelpTopic }> = {
  office: {
    title: 'Nhập thông tin đơn vị',
    text: 'Tên đơn vị, địa danh, người ký: in ở đầu và cuối mọi văn bản.',
    href: '#/cai-dat',
    action: 'Mở Cài đặt',
    help: 'cai-dat',
  },
  units: {
    title: 'Nhập danh sách công đoàn cơ sở',
    text: 'Từ tệp Excel sẵn có, hoặc thêm từng đơn vị.',
    href: '#/cong-doan-co-so',
    action: 'Mở Công đoàn cơ sở',
    help: 'cong-doan-co-so',
  },
  members: {
    title: 'Nhập danh sách đoàn viên',
    text: 'Dùng được ngay các danh sách Excel văn phòng đang có.',
    href: '#/doan-vien',
    action: 'Mở Đoàn viên',
    help: 'doan-vien',
  },
  plan: {
    title: 'Soạn kế hoạch Tháng Công nhân',
    text: 'Từ mẫu có sẵn: tự điền năm, chủ đề, các ngày kỷ niệm.',
    href: '#/van-ban',
    action: 'Mở Kế hoạch & văn bản',
    help: 'ke-hoach',
  },
  round: {
    title: 'Tạo đợt báo cáo',
    text: 'Gửi mẫu Excel cho các đơn vị, nhận lại qua USB.',
    href: '#/bao-cao',
    action: 'Mở Báo cáo',
    help: 'gui-mau',
  },
  backup: {
    title: 'Sao lưu ra USB',
    text: 'Giữ một bản dữ liệu ngoài máy, phòng khi máy hỏng.',
    href: '#/cai-dat?tab=sao-luu',
    action: 'Mở Sao lưu & khôi phục',
    help: 'sao-luu',
  },
};

export function FirstRunChecklist() {
  const { message } = App.useApp();
  // Data changes on other pages; the dashboard reads the list afresh each time it opens.
  const q = useApi('app.checklist', {}, { refetchOnMount: 'always' });
  const hide = useApiMutation('app.hideChecklist', { writes: 'app.checklist' });
  const c = q.data;
  if (!c) return null;
  const doneCount = CHECKLIST_STEPS.filter((s) => c.done[s]).length;
  const allDone = doneCount === CHECKLIST_STEPS.length;
  const setHidden = (hidden: boolean) => hide.mutateAsync({ hidden }).catch((e: unknown) => message.error(errorMessage(e)));

  if (c.hidden) {
    if (allDone) return null;
    return (
      <Button type="link" className="checklist-show" onClick={() => void setHidden(false)}>
        Hiện danh sách việc cần làm lần đầu ({doneCount}/{CHECKLIST_STEPS.length} việc đã xong)
      </Button>
    );
  }

  const next = CHECKLIST_STEPS.find((s) => !c.done[s]);
  return (
    <Card
      className="checklist"
      size="small"
      title={
        <span className="checklist-title">
          <span>{allDone ? 'Đã làm xong các việc cần làm lần đầu' : 'Bắt đầu sử dụng: các việc cần làm lần đầu'}</span>
          <Progress
            percent={Math.round((doneCount / CHECKLIST_STEPS.length) * 100)}
            steps={CHECKLIST_STEPS.length}
            size="small"
            format={() => `${doneCount}/${CHECKLIST_STEPS.length} việc đã xong`}
            aria-label={`${doneCount}/${CHECKLIST_STEPS.length} việc đã xong`}
          />
        </span>
      }
      extra={
        <Button type={allDone ? 'primary' : 'text'} size="small" loading={hide.isPending} onClick={() => void setHidden(true)}>
          {allDone ? 'Ẩn danh sách này' : 'Ẩn'}
        </Button>
      }
      style={{ marginBottom: 16 }}
    >
      <ol className="checklist-steps" aria-label="Các việc cần làm lần đầu">
        {CHECKLIST_STEPS.map((key, i) => {
          const s = STEPS[key];
          const done = c.done[key];
          return (
            <li key={key} className={done ? 'done' : key === next ? 'next' : undefined}>
              <span className="checklist-mark" aria-hidden>
                {done ? <CheckCircleFilled /> : i + 1}
              </span>
              <div className="checklist-body">
                <div className="checklist-step-title">{s.title}</div>
                <div className="checklist-text muted">{s.text}</div>
                <div className="checklist-actions">
                  {done ? (
                    <span className="checklist-done">Đã xong</span>
                  ) : (
                    <Button size="small" type={key === next ? 'primary' : 'default'} onClick={() => navigate(s.href)}>
                      {s.action}
                    </Button>
                  )}
                  <Button size="small" type="link" onClick={() => navigate(helpHref(s.help))}>
                    Xem hướng dẫn
                  </Button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
