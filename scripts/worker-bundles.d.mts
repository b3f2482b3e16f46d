import type { BuildOptions, BuildResult } from 'esbuild';

export const WORKER_BUNDLES: { entry: string; outName: string; envVar: string }[];
export const EXTERNAL_PACKAGES: string[];
export const NODE_BUNDLE_OPTIONS: BuildOptions;
export function buildWorkers(root: string, outDir: string, common: BuildOptions): Promise<BuildResult[]>;
