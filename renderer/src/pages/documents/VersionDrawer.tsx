import { App, Button, Drawer, Empty, List, Tag } from 'antd';
import dayjs from 'dayjs';
import type { DocumentRecord } from '../../../../shared/documents/api';
import { errorMessage } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';

// Version history: every create / save / issue / restore, and recent autosaves; restore makes a new version.

export function VersionDrawer({
  record,
  open,
  onClose,
  beforeRestore,
  onRestored,
}: {
  record: DocumentRecord;
  open: boolean;
  onClose: () => void;
  beforeRestore: () => Promise<unknown>;
  onRestored: (r: DocumentRecord) => void;
}) {
  const { message, modal } = App.useApp();
  // Refetched after every save of the document (api/invalidation).
  const q = useApi('documents.versions', { id: record.id }, { enabled: open });
  const restoreVersion = useApiMutation('documents.restoreVersion');
  const locked = record.state === 'issued';

  const restore = (versionId: number, at: string) =>
    modal.confirm({
      title: `Khôi phục bản lưu lúc ${dayjs(at).format('HH:mm DD/MM/YYYY')}?`,
      content: 'Nội dung hiện tại vẫn được giữ trong lịch sử, có thể khôi phục lại.',
      okText: 'Khôi phục',
      cancelText: 'Không',
      onOk: async () => {
        try {
          await beforeRestore();
          onRestored(await restoreVersion.mutateAsync({ id: record.id, versionId }));
          message.success('Đã khôi phục bản lưu cũ.');
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <Drawer open={open} onClose={onClose} title="Lịch sử phiên bản" size={460}>
      <p className="muted" style={{ marginTop: 0 }}>
        Phần mềm tự lưu khi bạn gõ; các lần tự lưu gần nhau được gộp lại. Bấm "Khôi phục" để quay về một bản cũ.
      </p>
      {q.data?.length === 0 && <Empty description="Chưa có phiên bản nào." />}
      <List
        loading={q.isLoading}
        dataSource={q.data ?? []}
        renderItem={(v, i) => (
          <List.Item
            actions={
              i > 0 && !locked
                ? [
                    <Button key="restore" size="small" onClick={() => restore(v.id, v.at)}>
                      Khôi phục
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <span>
                  {dayjs(v.at).format('HH:mm DD/MM/YYYY')} <Tag color={v.reason === 'autosave' ? 'default' : 'blue'}>{v.reasonLabel}</Tag>
                  {i === 0 && <Tag color="green">Đang dùng</Tag>}
                </span>
              }
              description={`${v.title} · ${v.blocks} dòng nội dung`}
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
