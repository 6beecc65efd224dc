// Collects scoring documents from paths: TimeML files (.tml), gold JSON pairs (NAME.txt + NAME.gold.json),
// or folders of either. Each document: { name, text, documentDate, referenceDate?, gold: [...] }.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { readTimeml } from './timeml.mjs';
import { readGoldJson } from './gold-json.mjs';

const goldPathOf = (txt) => txt.replace(/\.txt$/, '.gold.json');

/** Files of one path that the eval can read, sorted by name. */
export function documentFiles(path) {
  if (!existsSync(path)) throw new Error(`no such file or folder: ${path}`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort()
    .filter((f) => f.endsWith('.tml') || (f.endsWith('.txt') && existsSync(join(path, goldPathOf(f)))))
    .map((f) => join(path, f));
}

/** Reads one document file (.tml, or .txt with its .gold.json beside it). */
export function readDocument(file) {
  const name = basename(file);
  if (file.endsWith('.tml')) return readTimeml(readFileSync(file, 'utf8'), name);
  const txt = file.endsWith('.gold.json') ? file.replace(/\.gold\.json$/, '.txt') : file;
  const goldFile = goldPathOf(txt);
  if (!existsSync(goldFile)) throw new Error(`${name}: no gold file ${basename(goldFile)} beside it`);
  return readGoldJson(readFileSync(txt, 'utf8'), JSON.parse(readFileSync(goldFile, 'utf8')), basename(txt));
}

/** Reads every document under a path (at most `limit`). */
export function readCorpus(path, limit = Infinity) {
  return documentFiles(path).slice(0, limit).map(readDocument);
}

/** Options for our tagger: the TimeML creation time, or only the gold's reference date for gold JSON. */
export function ourOptions(doc) {
  if (doc.source === 'gold-json') return doc.referenceDate ? { referenceDate: doc.referenceDate } : {};
  return doc.documentDate ? { documentDate: doc.documentDate } : {};
}
