import type { ThemeConfig } from 'antd';
import staticTheme from './theme.json';

// The app's look, in one place: theme.json. The build turns antd's styles with it into a plain
// CSS file (scripts/antd-style.mjs, loaded as `virtual:antd.css`), and at run time antd reads its
// styles from that file instead of generating them in the browser (zeroRuntime): with 100,000
// members the list shows about a quarter of a second sooner on a two-core PC
// (renderer.members_first_row_ms). `hashed: false` keeps class names the same in file and page.

/**
 * The theme of the running app. `motion` is read at run time (Windows' "Show animations"); it only
 * changes durations, which antd sets as CSS variables in the page, not in the file.
 */
export function runtimeTheme(motion: boolean): ThemeConfig {
  return { ...staticTheme, zeroRuntime: true, token: { ...staticTheme.token, motion } };
}
