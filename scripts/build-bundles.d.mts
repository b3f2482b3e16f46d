export const BUNDLE_DIR: string;
export function bundleOutputs(): string[];
export function bundlesStale(root?: string): boolean;
export function buildBundles(opts?: { root?: string; quiet?: boolean }): Promise<void>;
export function newestMtime(p: string): number;
