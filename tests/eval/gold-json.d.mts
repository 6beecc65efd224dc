import type { GoldTimex } from './score.mjs';
export interface GoldJsonTimex { text: string; occurrence?: number; alt?: string[]; values: string[]; type?: string }
export interface GoldJson { documentDate?: string; referenceDate?: string; timex?: GoldJsonTimex[]; negatives?: string[] }
export interface GoldJsonDocument {
  name: string; source: 'gold-json'; text: string; documentDate: string | null; referenceDate: string | null;
  negatives: string[]; gold: Array<GoldTimex & { id: string; text: string; spans: Array<[number, number]>; values: string[] }>;
}
export function findOffset(text: string, needle: string, occurrence?: number): number;
export function goldSpans(text: string, g: GoldJsonTimex): Array<[number, number]>;
export function readGoldJson(text: string, gold: GoldJson, name?: string): GoldJsonDocument;
