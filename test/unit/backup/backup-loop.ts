// Child process for the kill -9 test: fills a register, then writes backups into a folder until killed.
import { createContext } from '../../../electron/services/bootstrap';
import { createBackup } from '../../../electron/services/backup/create';
import { MIGRATIONS_DIR } from '../../support/context';

const [dataDir, folder] = process.argv.slice(2);
const ctx = createContext({ dataDir, migrationsDir: MIGRATIONS_DIR, mode: 'browser', appVersion: '0.0.0-test' });
const filler = ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, hex(randomblob(20000)))');
ctx.db.transaction(() => {
  for (let i = 0; i < 600; i++) filler.run(`filler-${i}`);
})();
console.log('ready');
for (;;) await createBackup(ctx, { folder, password: null, kind: 'manual' });
