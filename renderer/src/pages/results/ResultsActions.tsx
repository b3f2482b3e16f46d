import { App, Button, Dropdown, Select, Space } from 'antd';
import { DownloadOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useCallProgress } from '../../api/useCallProgress';
import { CallProgress } from '../../components/CallProgress';
import { navigate } from '../../app/useHashRoute';
import { saveDownload } from '../../lib/files';
import { type ResultsLocation } from './useResults';
import { todayIsoNow } from '../../lib/clock';

/** The results page's actions: another round, print views, Excel, and the BÁO CÁO drafted in Word. */
export function ResultsActions({
  loc,
  go,
  rounds,
  ready,
}: {
  loc: ResultsLocation;
  go: (l: Partial<ResultsLocation>) => void;
  rounds: { id: number; name: string }[];
  /** The results are shown (a report can be drafted from them). */
  ready: boolean;
}) {
  const { message, modal } = App.useApp();
  const [exporting, setExporting] = useState(false);
  // Drafting reads the whole round: its steps show as a bar under the actions, with "Hủy" until it writes.
  const drafting = useCallProgress();

  const draft = async () => {
    try {
      const res = await drafting.run('results.draftReport', { roundId: loc.roundId!, date: todayIsoNow() }, { refresh: true });
      const open = () => navigate(`#/van-ban?id=${res.document.id}`);
      modal.success({
        title: 'Đã soạn bản nháp báo cáo',
        content: (
          <div>
            <p>
              “Báo cáo {res.document.title.charAt(0).toLocaleLowerCase('vi') + res.document.title.slice(1)}” đã được tạo trong Kế hoạch
              &amp; văn bản (dự thảo). Hãy đọc lại, viết phần thuận lợi, khó khăn, đề xuất, rồi ban hành và tải tệp Word.
            </p>
            {res.warnings.length > 0 && (
              <ul className="muted">
                {res.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </div>
        ),
        okText: 'Mở bản nháp',
        onOk: open,
      });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      saveDownload(await call('results.exportXlsx', { roundId: loc.roundId! }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Space wrap>
        <Select
          style={{ width: 340 }}
          aria-label="Chọn đợt báo cáo"
          value={loc.roundId}
          onChange={(id) => go({ roundId: id })}
          options={rounds.map((x) => ({ value: x.id, label: x.name }))}
        />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'ket-qua', label: 'Bảng kết quả (A4)' },
              { key: 'chua-nop', label: 'Danh sách đơn vị chưa nộp báo cáo' },
              { key: 'doan-vien', label: 'Thống kê đoàn viên theo ngày' },
            ],
            onClick: (e) => go({ roundId: loc.roundId, print: e.key as ResultsLocation['print'] }),
          }}
        >
          <Button icon={<PrinterOutlined />}>In…</Button>
        </Dropdown>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx}>
          Xuất Excel
        </Button>
        <Button type="primary" icon={<FileWordOutlined />} loading={!!drafting.progress} onClick={draft} disabled={!ready}>
          Soạn báo cáo (Word)
        </Button>
      </Space>
      {drafting.progress && (
        // Its own line of the page header (a wrapping flex row).
        <div style={{ flexBasis: '100%' }}>
          <CallProgress progress={drafting.progress} onCancel={drafting.cancel} />
        </div>
      )}
    </>
  );
}
