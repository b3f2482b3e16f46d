// `npm run bench`: runs every benchmark and prints one JSON object per metric line:
// {"metric": "<name>", "value": <number>, "unit": "ms" | "s" | "MB" | "ratio"}. Other lines are free text.
import { benchServerReady } from './server-ready';

export type Emit = (metric: string, value: number, unit: 'ms' | 's' | 'MB' | 'ratio') => void;

const emit: Emit = (metric, value, unit) => {
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit }));
};

const benches: { name: string; run: (emit: Emit) => Promise<void> }[] = [{ name: 'server-ready', run: benchServerReady }];

for (const b of benches) {
  console.log(`# ${b.name}`);
  await b.run(emit);
}
