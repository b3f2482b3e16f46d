import { Card, Empty } from 'antd';

/** Sections whose features come in later versions. */
export function PlaceholderPage({ title }: { title: string }) {
  return (
    <div className="page">
      <div className="page-header">
        <h1>{title}</h1>
      </div>
      <Card>
        <Empty description="Chức năng này đang được xây dựng và sẽ có trong bản cập nhật tới." />
      </Card>
    </div>
  );
}
