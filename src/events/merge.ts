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
import { addDuration } from '../model/timex-value.js';

const isFunctionWord = (w: string): boolean => DETERMINERS.has(w) || PREPOSITIONS.has(w) || AUXILIARIES.has(w) || MODALS.has(w) || NEGATIONS.has(w);

/**
 * The happening's key: the heads of its subject, verb and object (`tokayev|declar|state`), read
 * from its title around the clause's verb; the title's own words when the clause has no verb.
 */
export function happeningKey(clause: Clause | undefined, title: string): string {
  // A long text repeats its titles (a caption, a restated lead): the key of a title read with the same verb is kept.
  const verbHead = clause?.verb?.head ?? '';
  const known = keyMemo.get(title);
  if (known !== undefined && known.verb === verbHead) return known.key;
  const key = readHappeningKey(clause, title);
  if (keyMemo.size >= KEY_MEMO_SIZE) keyMemo.clear();
  keyMemo.set(title, { verb: verbHead, key });
  return key;
}

/** How many titles' keys happeningKey keeps (cleared when full: the titles of one text are few or all different). */
const KEY_MEMO_SIZE = 256;
const keyMemo = new Map<string, { verb: string; key: string }>();

function readHappeningKey(clause: Clause | undefined, title: string): string {
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

/** A title lower-cased, with only its ASCII letters, digits and spaces (`t.toLowerCase().replace(/[^a-z0-9 ]/g, '')`). */
function normalTitle(t: string): string {
  const lower = t.toLowerCase();
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32)) return lower.replace(/[^a-z0-9 ]/g, '');
  }
  return lower;
}

/** Positions (ascending) in a bucket of the kept drafts with one title, or one key. */
interface Bucket {
  list: DraftEvent[];
  byTitle: Map<string, number[]>;
  byKey: Map<string, number[]>;
}

/**
 * The first position of `at` (ascending) that is `lo` or more and whose draft's sentence starts elsewhere than
 * `start`, or -1. Drafts come in sentence order, so those of the sentence at `start` are the last ones: if the
 * first position from `lo` is one of them, so are all after it.
 */
function firstFrom(at: number[] | undefined, lo: number, list: readonly DraftEvent[], start: number): number {
  if (!at) return -1;
  let a = 0;
  let b = at.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (at[m]! < lo) a = m + 1;
    else b = m;
  }
  return a < at.length && list[at[a]!]!.sentence.start !== start ? at[a]! : -1;
}

function addAt(map: Map<string, number[]>, key: string, pos: number): void {
  const at = map.get(key);
  if (at) at.push(pos);
  else map.set(key, [pos]);
}

/**
 * Merges drafts that tell the same happening at the same dates (repeated captions, restated leads): a draft
 * joins the first of the last MAX_REPEAT_CANDIDATES kept on its dates, from another sentence, with its title
 * (normalised) or its key. Looked up by title and by key, not compared with each candidate.
 */
export function mergeRepeats(drafts: DraftEvent[]): DraftEvent[] {
  const ordered = [...drafts].sort((a, b) => a.sentence.start - b.sentence.start);
  const kept: DraftEvent[] = [];
  const byDates = new Map<string, Bucket>();
  const idSets = new Map<DraftEvent, Set<string>>();
  for (const d of ordered) {
    const dates = `${d.unit.start}|${d.unit.end ?? ''}`;
    let bucket = byDates.get(dates);
    if (!bucket) byDates.set(dates, bucket = { list: [], byTitle: new Map(), byKey: new Map() });
    const keyed = !d.key.startsWith('~') && !d.key.startsWith('|') && !d.key.endsWith('|');
    const title = normalTitle(d.title);
    const { list } = bucket;
    const lo = Math.max(0, list.length - MAX_REPEAT_CANDIDATES);
    const byTitle = firstFrom(bucket.byTitle.get(title), lo, list, d.sentence.start);
    const byKey = keyed ? firstFrom(bucket.byKey.get(d.key), lo, list, d.sentence.start) : -1;
    const at = byTitle < 0 ? byKey : byKey < 0 ? byTitle : Math.min(byTitle, byKey);
    if (at >= 0) {
      const same = list[at]!;
      for (const span of d.spans) same.spans.push(span);
      let ids = idSets.get(same);
      if (!ids) idSets.set(same, ids = new Set(same.timexIds));
      for (const id of d.timexIds) if (!ids.has(id)) { ids.add(id); same.timexIds.push(id); }
    } else {
      kept.push(d);
      addAt(bucket.byTitle, title, list.length);
      addAt(bucket.byKey, d.key, list.length);
      list.push(d);
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
 *
 * Linear: the events are indexed once by the word stems of their sentences, and the events found for
 * one verb and noun are kept until an event is merged away (a long text repeats them sentence after
 * sentence; a scan of every event for every such sentence made it quadratic).
 */
export function anchorDurationsElsewhere(
  text: string,
  drafts: DraftEvent[],
  undated: { sentence: Sentence; duration: Timex }[],
): void {
  let byStem: Map<string, DraftEvent[]> | null = null;
  const lowerOf = new Map<DraftEvent, string>();
  const removed = new Set<DraftEvent>();
  const found = new Map<string, DraftEvent[]>();
  /** The events (in draft order) whose sentence has a word of this stem and holds the noun. */
  const matching = (verbStem: string, noun: string): DraftEvent[] => {
    const key = `${verbStem}|${noun}`;
    const known = found.get(key);
    if (known) return known;
    if (!byStem) {
      byStem = new Map();
      const stemsOf = new Map<number, Set<string>>();
      for (const d of drafts) {
        const lower = text.slice(d.sentence.start, d.sentence.end).toLowerCase();
        lowerOf.set(d, lower);
        let stems = stemsOf.get(d.sentence.start);
        if (!stems) stemsOf.set(d.sentence.start, stems = new Set((lower.match(/[a-z]{3,20}/g) ?? []).map(stem)));
        for (const st of stems) {
          const list = byStem.get(st);
          if (list) list.push(d);
          else byStem.set(st, [d]);
        }
      }
    }
    let list = byStem.get(verbStem) ?? [];
    if (removed.size && list.some((d) => removed.has(d))) byStem.set(verbStem, list = list.filter((d) => !removed.has(d)));
    const out = list.filter((d) => (d.unit.kind === 'point' || d.unit.kind === 'derived') && lowerOf.get(d)!.includes(noun));
    found.set(key, out);
    return out;
  };
  for (const { sentence, duration } of undated) {
    const amount = forwardDuration(text, sentence, duration);
    if (!amount) continue;
    const before = text.slice(Math.max(sentence.start, duration.start - 40), duration.start);
    const verb = /([A-Za-z]{3,20})\s{1,3}(?:a|an|the)\s{1,3}$/.exec(before)?.[1];
    const after = text.slice(duration.end, Math.min(sentence.end, duration.end + 60));
    const noun = PERIOD_NOUNS.exec(after)?.[0].trim().toLowerCase();
    if (!verb || !noun) continue;
    const verbStem = stem(verb);
    const matches = matching(verbStem, noun);
    if (matches.length === 0 || matches.some((d) => d.unit.start !== matches[0]!.unit.start)) continue;
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
    if (matches.length > 1) {
      // The others are merged into the target: gone from the drafts, and from every list found so far.
      for (const m of matches.slice(1)) removed.add(m);
      found.clear();
    }
  }
  if (removed.size) {
    let k = 0;
    for (const d of drafts) if (!removed.has(d)) drafts[k++] = d;
    drafts.length = k;
  }
}
