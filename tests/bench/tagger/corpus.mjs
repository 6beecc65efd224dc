// Texts for the throughput bench: every document of a TimeML folder (with its creation date), or the
// repo's seed articles when no folder is given.
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../eval/corpus.mjs';

export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url));

/** [{ name, text, documentDate }] for a folder (TimeML or gold JSON). */
export function benchDocuments(dir = SEEDS_DIR) {
  return readCorpus(dir).map((d) => ({ name: d.name, text: d.text, documentDate: d.documentDate ?? '2022-01-07' }));
}
