import { Button, Tooltip } from 'antd';
import { QuestionOutlined } from '@ant-design/icons';
import { navigate } from '../app/useHashRoute';
import { HELP_TOPICS, helpHref, type HelpTopic } from '../pages/help/topics';

/** The "?" in a page header: opens the guide at the part about this page. */
export function HelpButton({ topic }: { topic: HelpTopic }) {
  const title = HELP_TOPICS.find((t) => t.key === topic)?.title ?? '';
  return (
    <Tooltip title={`Hướng dẫn: ${title}`}>
      <Button
        className="help-button"
        shape="circle"
        icon={<QuestionOutlined />}
        // Not the topic's title: "Ghi hoạt động, …" would give the "?" the name of the page's own buttons.
        aria-label="Hướng dẫn cho trang này"
        onClick={() => navigate(helpHref(topic))}
      />
    </Tooltip>
  );
}
