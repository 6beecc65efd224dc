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

/** Share of content words two sentences have in common (Jaccard). */
export function similarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

const REPEAT_THRESHOLD = 0.6;

/** Merges drafts that tell the same happening at the same date (repeated captions, restated leads). */
export function mergeRepeats(text: string, drafts: DraftEvent[]): DraftEvent[] {
  const ordered = [...drafts].sort((a, b) => a.sentence.start - b.sentence.start);
  const kept: DraftEvent[] = [];
  for (const d of ordered) {
    const sentence = text.slice(d.sentence.start, d.sentence.end);
    const same = kept.find(
      (k) =>
        k.unit.start === d.unit.start &&
        k.unit.end === d.unit.end &&
        k.sentence.start !== d.sentence.start &&
        (k.title === d.title || similarity(text.slice(k.sentence.start, k.sentence.end), sentence) >= REPEAT_THRESHOLD),
    );
    if (same) {
      same.spans.push(...d.spans);
      same.timexIds.push(...d.timexIds.filter((id) => !same.timexIds.includes(id)));
    } else {
      kept.push(d);
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
