// The taggers of the adversarial bench, loaded once and warmed up: `ours` (tagTimexes), `extract` (the whole
// pipeline: tagging, sentences, clause windows, titles, merging) and `chrono` (chrono-node). Each maps a text
// to the number of things found.
import * as chrono from 'chrono-node';
import { loadOurTagger } from '../../eval/taggers.mjs';

const DOCUMENT_DATE = '2022-01-07';

export async function loadTaggers() {
  const { tagTimexes, module } = await loadOurTagger();
  const ref = new Date(2022, 0, 7, 12);
  const taggers = {
    ours: (text) => tagTimexes(text, { documentDate: DOCUMENT_DATE }).length,
    extract: (text) => module.extractTimeline(text, { documentDate: DOCUMENT_DATE }).events.length,
    chrono: (text) => chrono.parse(text, ref, { forwardDate: false }).length,
  };
  // warm up every tagger so the first timed job does not pay for compilation
  const SAMPLE = 'On Friday, Jan. 4, 2022, two days later, officials said the two-week curfew ends at 9 p.m. next Tuesday. ';
  for (let k = 0; k < 20; k++) for (const tag of Object.values(taggers)) tag(SAMPLE.repeat(5));
  return taggers;
}
