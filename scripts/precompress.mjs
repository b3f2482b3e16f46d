// Writes `<file>.br` and `<file>.gz` beside each text asset of a build, so browser mode can send
// them as they are instead of compressing on every request (brotli 11 is too slow for that).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json']);
// Below this the headers cost about as much as the bytes saved.
const MIN_BYTES = 1024;

/** @returns {{ file: string; raw: number; br: number; gz: number }[]} */
export function precompress(dir) {
  const written = [];
  for (const file of listFiles(dir)) {
    if (!COMPRESSIBLE.has(path.extname(file))) continue;
    const raw = fs.readFileSync(file);
    if (raw.length < MIN_BYTES) continue;
    const br = zlib.brotliCompressSync(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gz = zlib.gzipSync(raw, { level: zlib.constants.Z_BEST_COMPRESSION });
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, gz);
    written.push({ file: path.relative(dir, file), raw: raw.length, br: br.length, gz: gz.length });
  }
  return written;
}

function listFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Vite plugin: every `vite build` (build, web, test:e2e) leaves compressed copies in outDir. */
export function precompressPlugin() {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const written = precompress(outDir);
      const sum = (k) => written.reduce((n, w) => n + w[k], 0);
      const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
      console.log(`precompress: ${written.length} files, ${kb(sum('raw'))} → br ${kb(sum('br'))}, gzip ${kb(sum('gz'))}`);
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist/renderer';
  console.log(precompress(dir));
}
