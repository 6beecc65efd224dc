import type { TimemlDocument } from './timeml.mjs';
import type { GoldJsonDocument } from './gold-json.mjs';
export type EvalDocument = TimemlDocument | GoldJsonDocument;
export function documentFiles(path: string): string[];
export function readDocument(file: string): EvalDocument;
export function readCorpus(path: string, limit?: number): EvalDocument[];
export function ourOptions(doc: EvalDocument): { documentDate?: string; referenceDate?: string };
