import { App, Button, List, Tag } from 'antd';
import dayjs from 'dayjs';
import type { SubmissionInfo } from '../../../../shared/reports/schema';
import { isoToVn } from '../../../../shared/text/dates';
import { call, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { saveDownload } from '../../lib/files';

/** One line naming a received report for the clerk: typed in or which file, and the day received. */
export function submissionText(s: SubmissionInfo): string {
  const when = `nhận ngày ${isoToVn(s.receivedOn)}`;
  return s.source === 'manual' ? `Nhập tay, ${when}` : `Tệp "${s.fileName ?? ''}", ${when}`;
}

/** Every report of the unit in the round: the one in use, older ones to use again, the original files to download. */
export function SubmissionHistory({ history, current }: { history: SubmissionInfo[]; current: SubmissionInfo | null }) {
  const { message, modal } = App.useApp();
  const pickSubmission = useApiMutation('reports.useSubmission');
  const chooseVersion = (h: SubmissionInfo) => {
    const cur = current;
    modal.confirm({
      title: 'Dùng lại bản báo cáo này?',
      content: `Số liệu của đơn vị sẽ lấy theo: ${submissionText(h)}.${cur ? ` Bản đang dùng (${submissionText(cur)}) vẫn được giữ trong lịch sử và có thể dùng lại.` : ''}`,
      okText: 'Dùng bản này',
      cancelText: 'Không',
      onOk: async () => {
        try {
          await pickSubmission.mutateAsync({ submissionId: h.id });
          message.success('Đã chuyển sang dùng bản báo cáo đã chọn.');
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  };

  const download = async (h: SubmissionInfo) => {
    try {
      saveDownload(await call('reports.archivedFile', { submissionId: h.id }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <List
      style={{ marginTop: 24 }}
      size="small"
      header={<b>Các lần báo cáo của đơn vị trong đợt này</b>}
      dataSource={history}
      renderItem={(h) => (
        <List.Item
          actions={[
            ...(!h.isCurrent
              ? [
                  <Button key="use" type="link" size="small" onClick={() => chooseVersion(h)}>
                    Dùng bản này
                  </Button>,
                ]
              : []),
            ...(h.sha256
              ? [
                  <Button key="dl" type="link" size="small" onClick={() => void download(h)}>
                    Tải tệp gốc
                  </Button>,
                ]
              : []),
          ]}
        >
          <span>
            {h.isCurrent ? <Tag color="green">Đang dùng</Tag> : <Tag>Bản cũ</Tag>} {submissionText(h)}
            <span className="muted"> — lưu vào phần mềm lúc {dayjs(h.createdAt).format('HH:mm DD/MM/YYYY')}</span>
          </span>
        </List.Item>
      )}
    />
  );
}
