export interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  text?: string;
  spans?: Array<[number, number]>;
  values?: string[];
}
export interface PredictedTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  text?: string;
  derivation?: { rule: string };
}
export interface Counts {
  gold: number; pred: number; strictGold: number; strictPred: number; relaxedGold: number;
  relaxedPred: number; valueGold: number; valuePred: number; typed: number; typeOk: number;
}
export interface Prf { p: number; r: number; f1: number }
export interface Metrics { strict: Prf; relaxed: Prf; value: Prf; typeAccuracy: number; gold: number; pred: number }
export interface ScoreErrors {
  missed: Array<{ gold: GoldTimex }>;
  spurious: Array<{ pred: PredictedTimex }>;
  extent: Array<{ gold: GoldTimex; pred: PredictedTimex }>;
  value: Array<{ gold: GoldTimex; pred: PredictedTimex }>;
  type: Array<{ gold: GoldTimex; pred: PredictedTimex }>;
}
export function spansOf(g: GoldTimex): Array<[number, number]>;
export function valuesOf(g: GoldTimex): string[];
export function isStrict(g: GoldTimex, p: PredictedTimex): boolean;
export function isRelaxed(g: GoldTimex, p: PredictedTimex): boolean;
export function valueOk(g: GoldTimex, p: PredictedTimex): boolean;
export function emptyCounts(): Counts;
export function addCounts(a: Counts, b: Counts): Counts;
export function scoreDocument(gold: readonly GoldTimex[], predicted: readonly PredictedTimex[]): { counts: Counts; errors: ScoreErrors };
export function metrics(c: Counts): Metrics;
export function valueShape(value: string): string;
export function groupErrors<T>(items: readonly T[], keyOf: (item: T) => string): Array<[string, T[]]>;
export function negativesHit(text: string, negatives: readonly string[] | undefined, predicted: readonly PredictedTimex[]): Array<{ negative: string; pred: PredictedTimex }>;
