// `npm run bench`: runs every benchmark and prints one JSON object per metric line:
// {"metric": "<name>", "value": <number>, "unit": "ms" | "s" | "MB" | "kB" | "ratio"}. Other lines are free text.
// `npm run bench -- server-ready first-screen` runs only the benchmarks named (see `benches` below).
import { benchServerReady } from './server-ready';
import { benchFirstScreen } from './first-screen';
import { benchMembers } from './members';
import { benchMembersStart } from './members-start';
import { benchReports } from './reports';
import { benchDocuments } from './documents';
import { benchResults } from './results';
import { cleanupCreated } from '../support/context';

export type Emit = (metric: string, value: number, unit: 'ms' | 's' | 'MB' | 'kB' | 'ratio') => void;

const emit: Emit = (metric, value, unit) => {
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit }));
};

const benches: { name: string; run: (emit: Emit) => Promise<void> }[] = [
  { name: 'server-ready', run: benchServerReady },
  { name: 'first-screen', run: benchFirstScreen },
  { name: 'reports', run: benchReports },
  { name: 'documents', run: benchDocuments },
  { name: 'results', run: benchResults },
  { name: 'members', run: benchMembers },
  { name: 'members-start', run: benchMembersStart },
];

const only = process.argv.slice(2);
const unknown = only.filter((n) => !benches.some((b) => b.name === n));
if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${benches.map((b) => b.name).join(', ')}`);

try {
  for (const b of benches.filter((x) => only.length === 0 || only.includes(x.name))) {
    console.log(`# ${b.name}`);
    await b.run(emit);
  }
} finally {
  // The bench's registers and files (100,000 members, 300 reports) are not left in the temp folder.
  cleanupCreated();
}
