import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precompressPlugin } from './scripts/precompress.mjs';

const ANTD =
  /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@babel[\\/]runtime|classnames|@emotion|stylis|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|copy-to-clipboard|toggle-selection|json2mm|resize-observer-polyfill)[\\/]/;

/**
 * Vendor chunks named by library, so that a release changing only our code leaves their hashes
 * (and the browser's cached copies) as they were. Higher priority wins when a module matches
 * several; react first, so the UI libraries' chunks do not swallow it.
 */
const VENDOR_GROUPS: { name: string; test: RegExp; priority: number; tags?: '$initial'[] }[] = [
  { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 50 },
  { name: 'vendor-query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/, priority: 30 },
  { name: 'vendor-dayjs', test: /[\\/]node_modules[\\/]dayjs[\\/]/, priority: 30 },
  // antd in two stable chunks: what the shell (entry) imports, and the rest, fetched with the first
  // page. Splitting by page instead (entriesAware) saved only ~90 kB on the dashboard for a dozen
  // chunks whose names and hashes change whenever a page starts using another component.
  // recharts has no group on purpose: only the results page imports it, so it stays in that chunk.
  { name: 'vendor-antd', test: ANTD, priority: 21, tags: ['$initial'] },
  { name: 'vendor-antd-more', test: ANTD, priority: 20 },
];

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), precompressPlugin()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: { codeSplitting: { groups: VENDOR_GROUPS } },
    },
  },
});
