import { benchDocuments } from './documents';
import { cleanupCreated } from '../support/context';
try {
  await benchDocuments((m, v, u) => console.log(JSON.stringify({ metric: m, value: Math.round(v * 100) / 100, unit: u })));
} finally {
  cleanupCreated();
}
