import { Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { replaceRoute, useHashRoute, type HashRoute } from '../../app/useHashRoute';
import { HELP_SECTIONS } from './sections';
import { helpHref, isHelpTopic, type HelpTopic } from './topics';
import './help.css';

// "Hướng dẫn": the clerk's guide, one part per yearly job, with a table of contents. The address
// '#/huong-dan?muc=<topic>' opens it at that part (the "?" button of each page links there).

const sectionId = (topic: HelpTopic) => `huong-dan-${topic}`;

function topicFromHash({ query }: HashRoute): HelpTopic | null {
  const v = query.get('muc');
  return isHelpTopic(v) ? v : null;
}

function scrollToTopic(topic: HelpTopic | null): void {
  if (topic) document.getElementById(sectionId(topic))?.scrollIntoView({ block: 'start' });
  else window.scrollTo({ top: 0 });
}

export function HelpPage() {
  const topic = useHashRoute(topicFromHash);
  useEffect(() => scrollToTopic(topic), [topic]);

  const open = (t: HelpTopic) => {
    // Replaces the address rather than adding a step, so "Quay lại" returns to the page the clerk came from.
    replaceRoute(helpHref(t));
    scrollToTopic(t);
  };

  return (
    <div className="page help-page">
      <div className="page-header">
        <h1>Hướng dẫn sử dụng</h1>
        {window.history.length > 1 && (
          <Button icon={<ArrowLeftOutlined />} onClick={() => window.history.back()}>
            Quay lại trang trước
          </Button>
        )}
      </div>
      <div className="help-layout">
        <nav className="help-toc" aria-label="Mục lục hướng dẫn">
          <div className="help-toc-title">Mục lục</div>
          <ol>
            {HELP_SECTIONS.map((s) => (
              <li key={s.key}>
                <a
                  href={helpHref(s.key)}
                  aria-current={s.key === topic ? 'location' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    open(s.key);
                  }}
                >
                  {s.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <article className="help-body">
          {HELP_SECTIONS.map((s) => (
            <section
              key={s.key}
              id={sectionId(s.key)}
              aria-labelledby={`${sectionId(s.key)}-title`}
              className={s.key === topic ? 'help-section help-current' : 'help-section'}
            >
              <h2 id={`${sectionId(s.key)}-title`}>
                {s.number}. {s.title}
              </h2>
              {s.body}
            </section>
          ))}
        </article>
      </div>
    </div>
  );
}
