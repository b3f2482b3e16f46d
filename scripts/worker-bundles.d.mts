import type { BuildOptions, BuildResult } from 'esbuild';

export const WORKER_BUNDLES: { entry: string; outName: string; envVar: string }[];
export function runtimeDependencies(root: string): string[];
export function buildWorkers(root: string, outDir: string, common: BuildOptions): Promise<BuildResult[]>;
