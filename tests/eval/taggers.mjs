// The taggers the eval and benches compare: ours (current sources bundled on the fly) and chrono-node.
import * as chrono from 'chrono-node';
import { loadSrc } from '../support/load-src.mjs';
import { chronoTimexes } from './chrono-map.mjs';
import { ourOptions } from './corpus.mjs';

/** Loads `tagTimexes` from src/core.ts, or from src/parse/index.ts when the full core does not build yet. */
export async function loadOurTagger() {
  const errors = [];
  for (const entry of ['src/core.ts', 'src/parse/index.ts']) {
    try {
      const mod = await loadSrc(entry);
      if (typeof mod.tagTimexes === 'function') return { tagTimexes: mod.tagTimexes, module: mod, entry };
      errors.push(`${entry}: no tagTimexes export`);
    } catch (e) {
      errors.push(`${entry}: ${String(e.message ?? e).split('\n')[0]}`);
    }
  }
  throw new Error(`cannot load our tagger:\n  ${errors.join('\n  ')}`);
}

/**
 * Tag functions with one signature, (doc) => timexes, where doc = { text, documentDate, referenceDate? }.
 * Ours gets the TimeML creation time as documentDate; for gold JSON only the gold's referenceDate
 * (it must find the publication date in the text). chrono cannot, so it is given the gold's date.
 */
export async function makeTaggers(names) {
  const taggers = {};
  if (names.includes('ours')) {
    const { tagTimexes } = await loadOurTagger();
    taggers.ours = (doc) => tagTimexes(doc.text, ourOptions(doc));
  }
  if (names.includes('chrono')) taggers.chrono = (doc) => chronoTimexes(chrono, doc.text, doc.documentDate);
  return taggers;
}

export { chrono, ourOptions };
