// `npm start`: runs the desktop app, or browser mode when Electron cannot run on this machine.
//   1. builds the renderer (vite build) if dist/renderer is missing or older than its sources;
//   2. builds the app bundles (scripts/build-bundles.mjs: main, preload, server, workers) if they are
//      missing or older than their sources;
//   3. if the Electron binary is present (or can be downloaded within 60 s): makes sure
//      better-sqlite3 is compiled for Electron and launches `electron .`;
//   4. otherwise prints one line and starts browser mode: `node dist-electron/server.cjs`, the
//      bundled server (no TypeScript compiled at start; `npm run web` runs the sources through tsx).
// Options are passed through: --data-dir DIR (or --data-dir=DIR), --port N (browser mode).
// --browser starts browser mode without looking for Electron (no download attempt).
// Every child is started as `node <script.js>` (no .cmd shims, no shell), so it works the same on
// Windows, including in folders whose names contain spaces or Vietnamese letters.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundles, bundlesStale, newestMtime } from './build-bundles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nm = path.join(root, 'node_modules');
const node = process.execPath;
const electronPkgDir = path.join(nm, 'electron');

const FALLBACK_LINE = 'Không tìm thấy chương trình Electron (máy không có Internet?) — chuyển sang chế độ trình duyệt.';

// ---------------------------------------------------------------------------------------------
// Arguments

/** Splits argv into the data dir (absolute) and the remaining arguments. */
function parseArgs(argv) {
  const rest = [];
  let dataDir = null;
  let browser = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--data-dir=')) {
      dataDir = a.slice('--data-dir='.length);
    } else if (a === '--data-dir' && i + 1 < argv.length) {
      dataDir = argv[++i];
    } else if (a === '--browser') {
      browser = true;
    } else {
      rest.push(a);
    }
  }
  return { dataDir: dataDir ? path.resolve(dataDir) : null, browser, rest };
}

// ---------------------------------------------------------------------------------------------
// Renderer build

function ensureRendererBuilt() {
  const index = path.join(root, 'dist', 'renderer', 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(root, 'renderer')),
    newestMtime(path.join(root, 'shared')),
    newestMtime(path.join(root, 'vite.config.ts')),
  );
  if (built && built >= sources) return;
  const r = spawnSync(node, [path.join(nm, 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('Không build được giao diện (vite build). Xem lỗi ở trên.');
    process.exit(r.status ?? 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Electron binary

/**
 * The Electron executable, or null. Electron 45 downloads its binary lazily: node_modules/electron/
 * path.txt names the executable inside node_modules/electron/dist (or ELECTRON_OVERRIDE_DIST_PATH);
 * without both, requiring the package would try to download it.
 */
function electronExecutable() {
  if (!fs.existsSync(path.join(electronPkgDir, 'package.json'))) return null;
  let rel;
  try {
    rel = fs.readFileSync(path.join(electronPkgDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!rel) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronPkgDir, 'dist');
  const exe = path.join(distDir, rel);
  return fs.existsSync(exe) ? exe : null;
}

/** One attempt to download the binary (node_modules/electron/install.js), at most 60 s, silently. */
function tryDownloadElectron() {
  const installer = path.join(electronPkgDir, 'install.js');
  if (!fs.existsSync(installer)) return null;
  spawnSync(node, [installer], { cwd: electronPkgDir, stdio: 'ignore', timeout: 60_000, windowsHide: true });
  return electronExecutable();
}

// ---------------------------------------------------------------------------------------------
// better-sqlite3 native module: Node and Electron need different builds of the same file.
// The Node build is kept aside in node_modules/.cache/cong-doan-native/ and put back when Electron
// exits, so tests and browser mode keep working after `npm start`.

const nativeFile = path.join(nm, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const nativeCache = path.join(nm, '.cache', 'cong-doan-native');
const probe = "const D=require('better-sqlite3');new D(':memory:').close()";

function loadsIn(exe, env = {}) {
  const r = spawnSync(exe, ['-e', probe], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'ignore',
    timeout: 60_000,
    windowsHide: true,
  });
  return r.status === 0;
}
const loadsInNode = () => loadsIn(node);
const loadsInElectron = (exe) => loadsIn(exe, { ELECTRON_RUN_AS_NODE: '1' });

function cachedNative(kind, abi) {
  return path.join(nativeCache, `${kind}-abi${abi}`, 'better_sqlite3.node');
}

function copyNative(from, to) {
  try {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
    return true;
  } catch (e) {
    console.warn(`Không chép được ${from} -> ${to}: ${e.message}`);
    return false;
  }
}

function electronAbi() {
  try {
    return fs.readFileSync(path.join(electronPkgDir, 'abi_version'), 'utf8').trim();
  } catch {
    return 'unknown';
  }
}

/** Makes node_modules/better-sqlite3 loadable by Electron; keeps the Node build aside. */
function ensureNativeForElectron(exe) {
  if (!fs.existsSync(nativeFile)) return loadsInElectron(exe);
  if (loadsInElectron(exe)) return true;
  const nodeCopy = cachedNative('node', process.versions.modules);
  const electronCopy = cachedNative('electron', electronAbi());
  if (loadsInNode()) copyNative(nativeFile, nodeCopy);
  if (fs.existsSync(electronCopy) && copyNative(electronCopy, nativeFile) && loadsInElectron(exe)) return true;

  console.log('Đang biên dịch better-sqlite3 cho Electron (chỉ làm lần đầu, cần Internet)…');
  const r = spawnSync(node, [path.join(nm, '@electron', 'rebuild', 'lib', 'cli.js'), '--force', '--only', 'better-sqlite3'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status === 0 && loadsInElectron(exe)) {
    copyNative(nativeFile, electronCopy);
    return true;
  }
  restoreNativeForNode();
  return false;
}

/** Puts the Node build back if the current file is the Electron one. */
function restoreNativeForNode() {
  const nodeCopy = cachedNative('node', process.versions.modules);
  if (!fs.existsSync(nodeCopy) || !fs.existsSync(nativeFile) || loadsInNode()) return;
  copyNative(nodeCopy, nativeFile);
}

// ---------------------------------------------------------------------------------------------
// Children

/** Runs a child with inherited stdio, forwards Ctrl+C / termination, exits with its code. */
function runChild(args, { onExit } = {}) {
  const child = spawn(node, args, { cwd: root, stdio: 'inherit', windowsHide: false });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  if (process.platform !== 'win32') process.on('SIGHUP', () => forward('SIGHUP'));
  child.on('error', (e) => {
    console.error(e.message);
    onExit?.();
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    onExit?.();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function startElectron(exe, dataDir, rest) {
  const args = [path.join(electronPkgDir, 'cli.js'), '.', ...(dataDir ? [`--data-dir=${dataDir}`] : []), ...rest];
  runChild(args, { onExit: restoreNativeForNode });
}

function startBrowserMode(dataDir, rest) {
  restoreNativeForNode();
  const args = [path.join(root, 'dist-electron', 'server.cjs'), ...(dataDir ? ['--data-dir', dataDir] : []), ...rest];
  runChild(args);
}

// ---------------------------------------------------------------------------------------------

/** Rebuilds the bundles when a source is newer (esbuild: a few seconds). */
async function ensureBundlesBuilt() {
  if (!bundlesStale(root)) return;
  try {
    await buildBundles({ root, quiet: true });
  } catch (e) {
    console.error(e?.errors?.length ? e.errors.map((x) => x.text).join('\n') : (e?.message ?? e));
    console.error('Không đóng gói được mã chương trình (scripts/build-bundles.mjs). Xem lỗi ở trên.');
    process.exit(1);
  }
}

async function main() {
  const { dataDir, browser, rest } = parseArgs(process.argv.slice(2));
  ensureRendererBuilt();
  await ensureBundlesBuilt();
  if (browser) {
    startBrowserMode(dataDir, rest);
    return;
  }

  const exe = electronExecutable() ?? tryDownloadElectron();
  if (!exe) {
    console.log(FALLBACK_LINE);
    startBrowserMode(dataDir, rest);
    return;
  }
  if (!ensureNativeForElectron(exe)) {
    console.log('Không chuẩn bị được better-sqlite3 cho Electron — chuyển sang chế độ trình duyệt.');
    startBrowserMode(dataDir, rest);
    return;
  }
  startElectron(exe, dataDir, rest);
}

await main();
