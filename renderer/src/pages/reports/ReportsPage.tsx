import './reports.css';
import { RoundDetailPage } from './RoundDetail';
import { RoundsList } from './RoundsList';
import { useReportsLocation } from './useReports';

/** "Báo cáo": reporting rounds — templates out, reports in, who has reported. */
export function ReportsPage() {
  const [loc, go] = useReportsLocation();
  if (loc.roundId) return <RoundDetailPage loc={loc} go={go} />;
  return <RoundsList open={(id) => go({ roundId: id, tab: 'tinh-hinh' })} />;
}
