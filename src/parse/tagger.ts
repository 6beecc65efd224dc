/**
 * tagTimexes: tokenize, recognize, combine, then walk the expressions in text order. Each is read in its place
 * (item-cues.ts), given a value by a special reading or the resolver (special-readings.ts), corrected by what
 * stands around it (value-corrections.ts), and moves the story's clock (story-clock.ts) for those after it.
 */
import type { TagOptions, TextSpan, Timex } from '../model/types.js';
import { readItem } from './item-cues.js';
import { NO_DATE, readValue } from './special-readings.js';
import { advanceStory } from './story-clock.js';
import { type ItemAt, openPass } from './tag-pass.js';
import { correctValue } from './value-corrections.js';
import type { Resolution } from './resolve.js';

/**
 * Finds and normalizes the temporal expressions of a text. Relative expressions are anchored to
 * `options.documentDate`, else the publication date found in the text, else `options.referenceDate`;
 * with none of these they are tagged but left unresolved (`XXXX-XX-XX`). Never the machine clock.
 */
export function tagTimexes(text: string, options: TagOptions = {}): Timex[] {
  return tagText(text, options);
}

/**
 * `tagTimexes`, with the text's sentences when a caller has split it already (extraction splits a
 * text once for the tagger and for events); without them the tokens' own sentence breaks serve.
 */
export function tagText(text: string, options: TagOptions, sentences?: readonly TextSpan[]): Timex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const pass = openPass(text, options, sentences);
  for (let k = 0; k < pass.items.length; k++) {
    const at = readItem(pass, k);
    if (!at) continue;
    const r = readValue(pass, at);
    if (r === NO_DATE) continue;
    correctValue(pass, at, r);
    pass.timexes.push(timexOf(text, at, r));
    pass.prevValue = r.value;
    advanceStory(pass, at, r);
  }
  const timexes = pass.timexes;
  timexes.sort((a, b) => a.start - b.start);
  timexes.forEach((t, k) => { t.id = `t${k + 1}`; });
  return timexes;
}

/** The timex of an expression, each object made whole with its fields in the order they always had. */
function timexOf(text: string, { item, start, end, tense }: ItemAt, r: Resolution): Timex {
  const { rule } = item;
  const { anchor, explanation, anchorValue } = r;
  const derivation: Timex['derivation'] = anchorValue
    ? (tense !== 'unknown' ? { rule, anchor, explanation, anchorValue, tense } : { rule, anchor, explanation, anchorValue })
    : (tense !== 'unknown' ? { rule, anchor, explanation, tense } : { rule, anchor, explanation });
  return item.spec.mod
    ? { id: '', start, end, text: text.slice(start, end), type: r.type, value: r.value, derivation, mod: item.spec.mod }
    : { id: '', start, end, text: text.slice(start, end), type: r.type, value: r.value, derivation };
}
