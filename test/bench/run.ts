// `npm run bench`: runs every benchmark and prints one JSON object per metric line:
// {"metric": "<name>", "value": <number>, "unit": "ms" | "s" | "MB" | "ratio"}. Other lines are free text.
import { benchServerReady } from './server-ready';
import { benchMembers } from './members';
import { benchReports } from './reports';
import { benchDocuments } from './documents';
import { benchResults } from './results';
import { cleanupCreated } from '../support/context';

export type Emit = (metric: string, value: number, unit: 'ms' | 's' | 'MB' | 'ratio') => void;

const emit: Emit = (metric, value, unit) => {
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit }));
};

const benches: { name: string; run: (emit: Emit) => Promise<void> }[] = [
  { name: 'server-ready', run: benchServerReady },
  { name: 'reports', run: benchReports },
  { name: 'documents', run: benchDocuments },
  { name: 'results', run: benchResults },
  { name: 'members', run: benchMembers },
];

try {
  for (const b of benches) {
    console.log(`# ${b.name}`);
    await b.run(emit);
  }
} finally {
  // The bench's registers and files (100,000 members, 300 reports) are not left in the temp folder.
  cleanupCreated();
}
