import type { GoldTimex } from './score.mjs';
export interface TimemlGold extends GoldTimex { id: string; text: string; mod?: string }
export interface TimemlDocument { name: string; source: 'timeml'; text: string; documentDate: string | null; gold: TimemlGold[] }
export function decodeEntities(s: string): string;
export function parseAttributes(s: string): Record<string, string>;
export function readTimeml(xml: string, name?: string): TimemlDocument;
