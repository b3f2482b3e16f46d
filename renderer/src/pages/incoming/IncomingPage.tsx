import { IncomingList } from './IncomingList';
import { RegisterPrint } from './RegisterPrint';
import { useIncomingView } from './useIncoming';
import './incoming.css';

/** "Văn bản đến": the register ('#/van-ban-den') and the registers printed as books ('?so=den|di&nam='). */
export function IncomingPage() {
  const view = useIncomingView();
  if (view.view === 'print') return <RegisterPrint book={view.book} year={view.year} />;
  return <IncomingList />;
}
