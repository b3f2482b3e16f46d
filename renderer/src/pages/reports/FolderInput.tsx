import { AutoComplete } from 'antd';
import { UsbOutlined, FolderOutlined } from '@ant-design/icons';
import { useApi } from '../../api/hooks';

/**
 * A folder path typed by the clerk, with the USB drives and usual folders of this computer offered
 * as suggestions (the app runs on the clerk's own PC, in the desktop app and in browser mode).
 */
export function FolderInput({
  value,
  onChange,
  placeholder,
  ariaLabel,
}: {
  value: string;
  onChange: (v: string) => void;
  placeholder: string;
  ariaLabel: string;
}) {
  const q = useApi('reports.folderSuggestions', {}, { staleTime: 10_000 });
  return (
    <AutoComplete
      value={value}
      onChange={(v) => onChange(String(v ?? ''))}
      style={{ width: '100%', maxWidth: 640 }}
      aria-label={ariaLabel}
      placeholder={placeholder}
      allowClear
      options={(q.data ?? []).map((s) => ({
        value: s.path,
        label: (
          <span>
            {s.kind === 'removable' ? <UsbOutlined /> : <FolderOutlined />} {s.label} <span className="muted">— {s.path}</span>
          </span>
        ),
      }))}
      showSearch={{
        filterOption: (input, opt) =>
          !input ||
          String(opt?.value ?? '')
            .toLowerCase()
            .startsWith(input.toLowerCase()),
      }}
    />
  );
}
