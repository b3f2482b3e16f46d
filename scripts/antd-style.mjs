// antd's styles as a plain CSS file, generated at build from the app's theme
// (renderer/src/app/theme.json) with antd's own extractor, and served to the page as the module
// `virtual:antd.css`. The page then runs antd with zeroRuntime: no style is generated in the
// browser while the first screen is built.
import { createElement } from 'react';
import { ConfigProvider } from 'antd';
import { extractStyle } from '@ant-design/static-style-extract';

const MODULE_ID = 'virtual:antd.css';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The CSS of every antd component with `theme`. */
function antdCss(theme) {
  // Every component, also those no page uses yet: a page using a new one is then never unstyled.
  return extractStyle((node) => createElement(ConfigProvider, { theme }, node));
}

/** Vite plugin: `import 'virtual:antd.css'` gives antd's styles with `theme`. */
export function antdStylePlugin(theme) {
  let css = null;
  return {
    name: 'antd-static-style',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      css ??= antdCss(theme);
      return css;
    },
  };
}
