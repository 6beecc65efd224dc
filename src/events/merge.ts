/**
 * Document-level passes over draft events: repeats of one happening merge into one event with
 * several source spans (same dates and the same subject, verb and object, or the same title); an
 * undated sentence's duration (`a two-week state of emergency`) is anchored at the same happening
 * told elsewhere with a date; and happenings whose titles would read the same are told apart.
 */
import type { TextSpan, Timex } from '../model/types.js';
import type { Clause } from '../text/clauses.js';
import { AUXILIARIES, DETERMINERS, MODALS, NEGATIONS, PREPOSITIONS, stem } from '../text/lexicon.js';
import type { Sentence } from '../text/sentences.js';
import type { DraftEvent } from './extract.js';
import { PERIOD_NOUNS, forwardDuration } from './happenings.js';
import { TITLE_MAX, fitTitle } from './headline.js';
import { addDuration } from './values.js';

const isFunctionWord = (w: string): boolean => DETERMINERS.has(w) || PREPOSITIONS.has(w) || AUXILIARIES.has(w) || MODALS.has(w) || NEGATIONS.has(w);

/**
 * The happening's key: the heads of its subject, verb and object (`tokayev|declar|state`), read
 * from its title around the clause's verb; the title's own words when the clause has no verb.
 */
export function happeningKey(clause: Clause | undefined, title: string): string {
  const words = title.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? ([] as string[]);
  const verb = clause?.verb?.head;
  const at = verb ? words.indexOf(verb) : -1;
  if (at < 0) return `~${words.filter((w) => !isFunctionWord(w)).map(stem).join(' ')}`;
  let s = at - 1;
  while (s >= 0 && isFunctionWord(words[s]!)) s--;
  const object = words.slice(at + 1).find((w) => !isFunctionWord(w) && w !== 'not');
  return `${s >= 0 ? stem(words[s]!) : ''}|${stem(verb!)}|${object ? stem(object) : ''}`;
}

/** How many earlier events on the same dates an event is compared with (keeps huge texts linear). */
const MAX_REPEAT_CANDIDATES = 64;

const normalTitle = (t: string): string => t.toLowerCase().replace(/[^a-z0-9 ]/g, '');

/** Merges drafts that tell the same happening at the same dates (repeated captions, restated leads). */
export function mergeRepeats(drafts: DraftEvent[]): DraftEvent[] {
  const ordered = [...drafts].sort((a, b) => a.sentence.start - b.sentence.start);
  const kept: DraftEvent[] = [];
  const byDates = new Map<string, DraftEvent[]>();
  const idSets = new Map<DraftEvent, Set<string>>();
  for (const d of ordered) {
    const dates = `${d.unit.start}|${d.unit.end ?? ''}`;
    const bucket = byDates.get(dates) ?? [];
    if (bucket.length === 0) byDates.set(dates, bucket);
    const keyed = !d.key.startsWith('~') && !d.key.startsWith('|') && !d.key.endsWith('|');
    const same = bucket.slice(-MAX_REPEAT_CANDIDATES).find(
      (k) => k.sentence.start !== d.sentence.start && (normalTitle(k.title) === normalTitle(d.title) || (keyed && k.key === d.key)),
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

/**
 * Happenings left with one title on different dates (`won the title in 1998, 2003 and 2011`)
 * are numbered in date order: `Ajax won the title (1 of 3)`. `drafts` are in date order.
 */
export function distinguishTitles(drafts: DraftEvent[]): void {
  const groups = new Map<string, DraftEvent[]>();
  for (const d of drafts) {
    const key = normalTitle(d.title);
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((d, k) => {
      const mark = ` (${k + 1} of ${group.length})`;
      d.title = `${fitTitle(d.title, 0, TITLE_MAX - mark.length)}${mark}`;
    });
  }
}


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
