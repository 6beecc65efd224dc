import type { GoldTimex, PredictedTimex } from './score.mjs';
export interface Outcome { status: string; text?: string; want?: string; got?: string }
export function outcomesOf(doc: { name: string; gold: readonly GoldTimex[] }, predicted: readonly PredictedTimex[]): Record<string, Outcome>;
export function diffOutcomes(before: Record<string, Outcome>, after: Record<string, Outcome>): { better: string[]; worse: string[] };
