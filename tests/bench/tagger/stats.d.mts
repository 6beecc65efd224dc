export function median(xs: readonly number[]): number;
export function formatRate(charsPerSecond: number): string;
export function formatMs(ms: number): string;
export function formatBytes(n: number): string;
