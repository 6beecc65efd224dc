import type { GoldTimex, PredictedTimex } from './score.mjs';
export interface Figures { value: number; relaxed: number; valueF1: number }
export function figuresOf(gold: readonly GoldTimex[], predicted: readonly PredictedTimex[]): Figures;
export function floorsFrom(figuresByFile: Record<string, Figures>, margin?: number): Record<string, Figures>;
export function floorViolations(figuresByFile: Record<string, Partial<Figures>>, floorsByFile: Record<string, Partial<Figures>>): string[];
