import type { Plugin } from 'vite';

/** An antd theme (ThemeConfig; typed where antd's types are in scope: renderer/src/app/theme.ts). */
type Theme = object;

export function antdStylePlugin(theme: Theme): Plugin;
