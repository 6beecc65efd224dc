/**
 * Document-level passes over draft events: repeats of one happening merge into one event with
 * several source spans, and an undated sentence's duration (`a two-week state of emergency`) is
 * anchored at the same happening told elsewhere with a date.
 */
import type { TextSpan, Timex } from '../model/types.js';
import type { DraftEvent } from './extract.js';
import type { Sentence } from './segment.js';
import { PERIOD_NOUNS, forwardDuration } from './happenings.js';
import { addDuration } from './values.js';

const STOP = new Set('the a an and or but of to in on at for with by from as is are was were be been has have had that this which who it its their his her said says'.split(' '));

function contentWords(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]{2,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

/** Share of content words two sentences have in common (Jaccard), from their word sets. */
function overlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

const REPEAT_THRESHOLD = 0.6;

/** How many earlier events on the same dates a sentence is compared with. */
const MAX_REPEAT_CANDIDATES = 64;

/** Merges drafts that tell the same happening at the same date (repeated captions, restated leads). */
export function mergeRepeats(text: string, drafts: DraftEvent[]): DraftEvent[] {
  const ordered = [...drafts].sort((a, b) => a.sentence.start - b.sentence.start);
  const kept: DraftEvent[] = [];
  // Only events on the same dates can be repeats: one bucket per date, and a bounded look into it,
  // so that a text of thousands of events on one date stays linear.
  const byDates = new Map<string, DraftEvent[]>();
  const idSets = new Map<DraftEvent, Set<string>>();
  // Each sentence's content words are gathered once, however many events it holds.
  const words = new Map<number, ReadonlySet<string>>();
  const wordsOf = (d: DraftEvent): ReadonlySet<string> => {
    let set = words.get(d.sentence.start);
    if (!set) words.set(d.sentence.start, set = contentWords(text.slice(d.sentence.start, d.sentence.end)));
    return set;
  };
  for (const d of ordered) {
    const key = `${d.unit.start}|${d.unit.end ?? ''}`;
    const bucket = byDates.get(key) ?? [];
    if (bucket.length === 0) byDates.set(key, bucket);
    const same = bucket.slice(-MAX_REPEAT_CANDIDATES).find(
      (k) => k.sentence.start !== d.sentence.start && (k.title === d.title || overlap(wordsOf(k), wordsOf(d)) >= REPEAT_THRESHOLD),
    );
    if (same) {
      for (const span of d.spans) same.spans.push(span);
      let ids = idSets.get(same);
      if (!ids) idSets.set(same, ids = new Set(same.timexIds));
      for (const id of d.timexIds) if (!ids.has(id)) { ids.add(id); same.timexIds.push(id); }
    } else {
      kept.push(d);
      bucket.push(d);
    }
  }
  return kept;
}

const stem = (w: string): string => w.toLowerCase().replace(/(?:ing|ed|es|d|s)$/, '');

/**
 * For each undated sentence with a duration (`has declared a two-week state of emergency`), finds
 * the dated events that tell the same happening (same verb, same noun phrase). When they all agree
 * on one date, that event becomes a derived range and gains the sentence as a further span.
 */
export function anchorDurationsElsewhere(
  text: string,
  drafts: DraftEvent[],
  undated: { sentence: Sentence; duration: Timex }[],
): void {
  for (const { sentence, duration } of undated) {
    const amount = forwardDuration(text, sentence, duration);
    if (!amount) continue;
    const before = text.slice(Math.max(sentence.start, duration.start - 40), duration.start);
    const verb = /([A-Za-z]{3,20})\s{1,3}(?:a|an|the)\s{1,3}$/.exec(before)?.[1];
    const after = text.slice(duration.end, Math.min(sentence.end, duration.end + 60));
    const noun = PERIOD_NOUNS.exec(after)?.[0].trim().toLowerCase();
    if (!verb || !noun) continue;
    const verbStem = stem(verb);
    const matches = drafts.filter((d) => {
      if (d.unit.kind !== 'point' && d.unit.kind !== 'derived') return false;
      const s = text.slice(d.sentence.start, d.sentence.end).toLowerCase();
      return s.includes(noun) && (s.match(/[a-z]{3,20}/g) ?? []).some((w) => stem(w) === verbStem);
    });
    const starts = new Set(matches.map((d) => d.unit.start));
    if (matches.length === 0 || starts.size !== 1) continue;
    const target = matches[0]!;
    const end = addDuration(target.unit.start, amount);
    if (!end) continue;
    const anchor = target.unit.timexes[0]!;
    target.unit = { ...target.unit, kind: 'derived', end, duration, timexes: [...target.unit.timexes, duration] };
    target.dateSource = 'derived';
    target.explanation = `"${duration.text}" (${duration.value}) from "${anchor.text}" -> ${target.unit.start}..${end}: the same happening ("${verb} ... ${noun}") is dated elsewhere in the text`;
    const span: TextSpan = { start: sentence.start, end: sentence.end };
    for (const m of matches.slice(1)) if (!target.spans.some((s) => s.start === m.sentence.start)) target.spans.push(...m.spans);
    target.spans.push(span);
    target.timexIds.push(duration.id);
    for (const m of matches.slice(1)) drafts.splice(drafts.indexOf(m), 1);
  }
}
