import type { Plugin } from 'vite';

export function precompress(dir: string): { file: string; raw: number; br: number; gz: number }[];
export function precompressPlugin(): Plugin;
