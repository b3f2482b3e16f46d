import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precompressPlugin } from './scripts/precompress.mjs';
import { antdStylePlugin } from './scripts/antd-style.mjs';
import appTheme from './renderer/src/app/theme.json' with { type: 'json' };

/**
 * antd's machinery every page needs (styles-in-JS, theme, config provider, motion, helpers): one
 * chunk that changes only with antd. The components themselves get no group, so each lands in the
 * chunk of the pages that use it (the dashboard does not download the tables, forms and pickers
 * of the other pages, nor recharts, which only the results page imports).
 */
const ANTD_CORE =
  /[\\/]node_modules[\\/](antd[\\/]es[\\/](_util|theme|style|config-provider|locale|version)[\\/]|@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)[\\/]|@rc-component[\\/](util|motion|resize-observer|portal|context)[\\/]|@babel[\\/]runtime|classnames|@emotion|stylis|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|resize-observer-polyfill|react-is|is-mobile)/;

/**
 * Vendor chunks named by library, so that a release changing only our code leaves their hashes
 * (and the browser's cached copies) as they were. Higher priority wins when a module matches
 * several; react first, so the UI libraries' chunks do not swallow it. zod has a chunk of its own:
 * the first screen does not need it (renderer.first_screen_js_kb in test/bench/first-screen.ts).
 */
const VENDOR_GROUPS: { name: string; test: RegExp; priority: number }[] = [
  { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 50 },
  { name: 'vendor-query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/, priority: 30 },
  { name: 'vendor-dayjs', test: /[\\/]node_modules[\\/]dayjs[\\/]/, priority: 30 },
  { name: 'vendor-zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 30 },
  { name: 'vendor-antd-core', test: ANTD_CORE, priority: 20 },
];

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), antdStylePlugin(appTheme), precompressPlugin()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: { codeSplitting: { groups: VENDOR_GROUPS } },
    },
  },
});
