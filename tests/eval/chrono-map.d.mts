import type { PredictedTimex } from './score.mjs';
/** The part of chrono-node's ParsedComponents the mapping reads. */
export interface ChronoComponents { isCertain(component: string): boolean; get(component: string): number | null }
export interface ChronoResult { index: number; text: string; start: ChronoComponents; end?: ChronoComponents | null }
export interface ChronoLike { parse(text: string, ref?: Date, option?: { forwardDate?: boolean }): ChronoResult[] }
export function referenceDateOf(value: string | null | undefined): Date | null;
export function componentsToValue(comp: ChronoComponents, text: string): { type: 'DATE' | 'TIME'; value: string };
export function resultToTimexes(r: ChronoResult): Array<PredictedTimex & { text: string }>;
export function chronoTimexes(chrono: ChronoLike, text: string, documentDate: string | null | undefined): Array<PredictedTimex & { text: string }>;
