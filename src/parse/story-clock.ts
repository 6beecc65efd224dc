/**
 * The story's clock: what a text has told so far, which later expressions are read against. `toldInStoryTime`
 * decides once whether a text is told in story time (a history) or in the present (news); `advanceStory` moves
 * the clock after each expression: a date heading its entry becomes that entry's today, a dateline its item's,
 * a quarter the topic, and a date the story reaches the place later bare months and `that day` count from.
 */
import { type Ymd, addDays, formatYmd, isoWeekday, parseYmd } from './calendar.js';
import { isDatelineAt } from './document-date.js';
import type { Recognized } from './recognize.js';
import { type Resolution, setLastMentioned, shiftYearsKeep } from './resolve.js';
import type { ItemAt, TagPass } from './tag-pass.js';
import { toldWithoutYear } from './spec.js';
import { clauseCue, isPastPerfectAt } from './tense.js';
import { afterPlaceOnLine, comparedWith, headingLineAt, opensLine } from './text-lines.js';
import type { Token } from '../text/tokens.js';
import { daysFromCivil, precisionOfValue, timexValueToInterval } from '../model/timex-value.js';
import { sameMoment } from './zoned-moment.js';

/** Shapes of values read for every expression (module constants: a regex literal is a new object each time it runs). */
const DAY_START = /^\d{4}-\d{2}-\d{2}/;
const DAY_OR_BC_DAY_START = /^(?:BC)?\d{4}-\d{2}-\d{2}/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_START = /^(\d{4})(?:-|$)/;
const WEEKLY_IN_YEAR = /^\d{4}-WXX/;
const RECENT_WORDS = /\b(?:recent|past|last)\b/i;
/** Stated years needed before a text can be judged to be told in story time. */
const STORY_MIN_YEARS = 3;
/** Values of vague references to the present, the past or the future. */
const VAGUE_REFS = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
/** Precisions that make a value a usable anchor for `that year`, `two days later`. */
const ANCHOR_PRECISIONS = new Set(['year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute']);
/** Days a date must lie before publication to count as the story's past (`Anchors.pastRun`). */
const PAST_RUN_DAYS = 45;

/**
 * Whether a text is told in story time: at least three stated years, most of them (two in three)
 * more than two years before publication, as in a history or a biography rather than news.
 */
export function toldInStoryTime(toks: readonly Token[], sent: Int32Array, items: readonly Recognized[], doc: Ymd | null): boolean {
  if (!doc) return false;
  let years = 0, far = 0, prevSentence = -1, prevTo = -1, deictic = 0;
  for (const item of items) {
    // `was sentenced Tuesday`, `last spring`, `next month`: the telling keeps to the present.
    if (item.spec.kind === 'weekday' || item.spec.kind === 'deictic' || (item.spec.shift !== undefined && item.spec.kind !== 'anaphoric')) deictic++;
    const m = item.spec.kind === 'abs' && item.spec.type === 'DATE' ? YEAR_START.exec(item.spec.value ?? '') : null;
    if (!m) continue;
    const sentence = sent[item.from]!;
    // A year the story has not reached: a list's later members (`in 1998, 2003 and 2011`) and the
    // baselines of comparisons (`the best since 1987`, `more than the 89 collected in 2003`).
    const listed = sentence === prevSentence && item.from - prevTo <= 2;
    prevSentence = sentence;
    prevTo = item.to;
    if (listed || comparedWith(toks, sent, item.from)) continue;
    years++;
    if (doc.y - Number(m[1]) > 2) far++;
  }
  // A news story that recalls a few past years (a court case's crimes) still tells its present as often.
  return years >= STORY_MIN_YEARS && far * 3 >= years * 2 && deictic < far;
}

/**
 * Whether item k stands alone on its line and heads prose under it: not one of a list of dates (another date on
 * the line before or after it) and not announced by a line ending with a colon.
 */
function isEntryHeading(toks: readonly Token[], items: readonly Recognized[], k: number): boolean {
  const item = items[k]!;
  const startsLine = opensLine(toks, item.from) || afterPlaceOnLine(toks, item.from);
  const next = toks[item.to];
  // (The text under it may open with a word or with a clock time: a programme guide's `07:00 Breakfast ...`.)
  if (!startsLine || !next || !next.newline || (next.kind !== 'word' && next.kind !== 'num')) return false;
  if (item.from > 0 && toks[item.from - 1]!.text === ':') return false;
  const aloneOnLine = (x: Recognized | undefined): boolean => x !== undefined && opensLine(toks, x.from) && (x.to >= toks.length || toks[x.to]!.newline);
  const before = items[k - 1], after = items[k + 1];
  return !(before && before.to === item.from && aloneOnLine(before)) && !(after && after.from === item.to && aloneOnLine(after));
}

/**
 * Whether an expression only names the period the story is in (`that winter`, `the same year`, `that month`)
 * and holds the story's last date: the story has not moved, and its finer date stays the clock
 * (`on Christmas Eve ... that winter. In January` is the January after that Christmas).
 */
function restatesStoryDate(spec: Recognized['spec'], value: string, last: string | null): boolean {
  // `At 1100 PM EDT (0300 UTC)`: the same moment said in another zone.
  if (spec.kind === 'clock' && last !== null && spec.zone && sameMoment(value, last)) return true;
  // (A bare season or month of the story's year that holds its day restates it too: `We arrived on the first Saturday of
  // July 1962, the summer my father took the job. That first night ...`.)
  const bare = (spec.kind === 'season' || spec.kind === 'month') && toldWithoutYear(spec);
  const restating = (spec.kind === 'anaphoric' && (spec.n ?? 0) === 0) || (spec.kind === 'season' && spec.anaphor === 0) || bare;
  if (!restating || last === null) return false;
  // (Cheaply first: a bare month holds only days of it, a bare season only days of its year.)
  if (bare && (spec.kind === 'month' ? !last.startsWith(`${value}-`) : last.length < 10 || !last.startsWith(value.slice(0, 5)))) return false;
  const period = timexValueToInterval(value);
  const inner = timexValueToInterval(last);
  return period !== null && inner !== null && inner.start >= period.start && inner.end <= period.end && (inner.end.getTime() - inner.start.getTime()) < (period.end.getTime() - period.start.getTime());
}

/**
 * A date alone on its line heading the text under it (a diary's `Friday 7 August`, a live page's day) is that text's
 * today: `This evening`, `Yesterday` under it count from it. A wire item's own dateline in a digest (`NAIROBI, Oct. 13
 * (Wire) — ... today`), or a day count's heading (`Day 3. ... That night`), is that item's today to the end of its paragraph.
 */
function moveToday(pass: TagPass, at: ItemAt, r: Resolution): void {
  const { anchors } = pass;
  const dayCount = at.item.spec.dayCount;
  if (DAY_START.test(r.value) && !dayCount && isEntryHeading(pass.toks, pass.items, at.k)) {
    anchors.doc = parseYmd(r.value.slice(0, 10));
    anchors.docLabel = `the date heading this entry (${r.value.slice(0, 10)})`;
  } else if (DAY_VALUE.test(r.value) && !at.item.spec.time && (dayCount?.heading === true || (!dayCount && isDatelineAt(pass.text, at.start, at.end)))) {
    pass.datelineItem ??= { doc: anchors.doc, docLabel: anchors.docLabel, end: 0 };
    // (A second dateline on the line already found its end: the line is not read again.)
    if (pass.datelineItem.end < at.end) {
      const nl = pass.text.indexOf('\n', at.end);
      pass.datelineItem.end = nl < 0 ? pass.text.length : nl;
    }
    anchors.doc = parseYmd(r.value);
    anchors.docLabel = dayCount ? `day ${dayCount.n} of the count (${r.value})` : `the date of this item's dateline (${r.value})`;
  }
}

/** Tokens back from a date that `born` may stand (`was born in Vicksburg, Mississippi, on March 3, 1931`). */
const BORN_REACH = 8;

/** Notes the year of the first birth the text tells: a date shortly after `born`, or in brackets after a name opening the text. */
function noteBirth(pass: TagPass, at: ItemAt, r: Resolution): void {
  if (pass.birthYear !== null || !/^\d{4}(?:-|$)/.test(r.value) || r.type !== 'DATE') return;
  const { toks, sent } = pass;
  const from = at.item.from;
  let born = toks[from - 1]?.text === '(' && pass.timexes.length <= 1;
  for (let j = from - 1; !born && j >= 0 && j >= from - BORN_REACH && sent[j] === sent[from]; j--) born = toks[j]!.lower === 'born';
  if (born) pass.birthYear = Number(r.value.slice(0, 4));
}

/**
 * `took off at 21:05 local time (03:05 UTC on 15 February)`: a time in brackets right after another one restates it
 * in another zone or calendar; the story stays at the first.
 */
function restatedInBrackets(pass: TagPass, k: number): boolean {
  const item = pass.items[k]!;
  const before = pass.items[k - 1];
  if (before === undefined || pass.toks[item.from - 1]?.text !== '(') return false;
  return item.from - 1 - before.to <= 2 && item.from - 1 >= before.to;
}

/** Days ahead of publication from which a day named with its weekday sets the week a preview is about. */
const WEEK_AHEAD_DAYS = 7;

/**
 * Notes a day a week or more ahead that the text named with its weekday (`opens Friday, Aug. 16`), and a bare weekday read
 * as a day of the coming week (`Practice begins on Friday`). `day` is the day the expression's value starts on, if any.
 */
function noteWeekAhead(pass: TagPass, at: ItemAt, day: Ymd | null): void {
  const s = at.item.spec;
  const doc = pass.anchors.doc;
  if (!day || !doc) return;
  const ahead = daysFromCivil(day.y, day.m, day.d) - daysFromCivil(doc.y, doc.m, doc.d);
  if (s.kind === 'weekday' && !s.weekend && s.shift === undefined && ahead > 0 && ahead < WEEK_AHEAD_DAYS) pass.weekdayAhead = day;
  if (s.kind === 'md' && s.dow !== undefined && ahead >= WEEK_AHEAD_DAYS) pass.weekAhead = day;
}

/**
 * The first light after a night the story told (`struck a mine on the night of the 23rd ... kept her afloat until dawn`):
 * it closes that night's scene, whose day the story keeps (`sank at 7 a.m. the next morning` is the morning after the night).
 */
function firstLightAfterNight(spec: Recognized['spec'], value: string, last: string | null): boolean {
  if (!spec.daybreak || last === null || !/T(?:NI|EV)$/.test(last)) return false;
  const night = parseYmd(last.slice(0, 10));
  return night !== null && value.startsWith(formatYmd(addDays(night, 1)));
}

/**
 * A coarser date planned in a `would` clause after the day the sentence told (`announced on 30 October that she would
 * not stand at the election that December, and left a week later`): a plan, not where the story has reached.
 */
function plannedAfterToldDay(anchors: TagPass['anchors'], value: string): boolean {
  return anchors.futureInPast === true && anchors.lastInSentence && DAY_START.test(anchors.last ?? '') && !DAY_START.test(value);
}

/** Tokens back from a counted day that the `would` of its clause may stand (`would not be back until the following afternoon`). */
const WOULD_REACH = 6;

/**
 * A day counted from the one the sentence told, in a `would` clause (`Tom had gone to market that morning and would not
 * be back until the following afternoon`): an expectation told in the past, not where the story has reached (`The next
 * morning she wrote` is the day after that morning).
 */
function expectedAfterToldDay(pass: TagPass, at: ItemAt): boolean {
  const { anchors, toks, sent } = pass;
  if (at.item.spec.kind !== 'anaphoric' || !anchors.lastInSentence || !DAY_START.test(anchors.last ?? '')) return false;
  const from = at.item.from;
  for (let k = from - 1; k >= 0 && k >= from - WOULD_REACH && sent[k] === sent[from]; k--) {
    const t = toks[k]!;
    if (t.lower === 'would') return true;
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** Years a story's last date must lie before publication for news ahead of publication to leave it where it was. */
const PAST_STORY_YEARS = 2;

/**
 * News ahead of publication told from it (`A bridge opens next month`) in a text whose story has reached a year well
 * back (`since he first took the wheel in the spring of 1988`): the story stays there (`That first winter` is 1988's).
 */
function newsAheadOfPastStory(pass: TagPass, at: ItemAt, r: Resolution): boolean {
  const { anchors } = pass;
  if (r.anchor !== 'document-date' || at.item.spec.kind !== 'deictic' || !anchors.doc || !anchors.lastDay || anchors.doc.y - anchors.lastDay.y < PAST_STORY_YEARS) return false;
  const start = timexValueToInterval(r.value)?.start.getTime();
  return start !== undefined && start > Date.UTC(anchors.doc.y, anchors.doc.m - 1, anchors.doc.d);
}

/** Notes a day the text told (planned or reached, not a `since` or a comparison's) under its weekday, for `on the Thursday`. */
function noteDayByWeekday(pass: TagPass, at: ItemAt, r: Resolution, day: Ymd | null): void {
  if (!day || r.type === 'DURATION' || r.type === 'SET' || at.since || comparedWith(pass.toks, pass.sent, at.item.from)) return;
  (pass.anchors.daysByWeekday ??= [])[isoWeekday(day)] = day;
}

/** Whether the clause of tokens `from`..`to` tells them in the past perfect (`The night before, they had crept forward`). */
function toldInPastPerfect(pass: TagPass, from: number, to: number): boolean {
  const told = clauseCue(pass.toks, pass.sent, from, to, pass.cues);
  return told.at >= 0 && isPastPerfectAt(pass.toks, told.at);
}

/**
 * Whether the date at tokens [from, to) lies in a relative clause set off by commas that its sentence closes and goes on
 * past (`Hollis, whose previous book dealt with the plague of 1665, has spent a decade ...`): a remark on the side, not
 * where the story has reached.
 */
function inRelativeAside(toks: readonly Token[], sent: Int32Array, from: number, to: number): boolean {
  let opens = false;
  for (let k = from - 1; k > 0 && k >= from - 12 && sent[k] === sent[from]; k--) {
    const w = toks[k]!.lower;
    if (w === ',' || w === ';' || w === ':') break;
    if ((w === 'whose' || w === 'who' || w === 'which') && toks[k - 1]!.text === ',') { opens = true; break; }
  }
  if (!opens) return false;
  for (let k = to; k < toks.length && k <= to + 12 && sent[k] === sent[from]; k++) {
    if (toks[k]!.text === ',') return toks[k + 1]?.kind === 'word' && !toks[k + 1]!.capital && sent[k + 1] === sent[from];
  }
  return false;
}

/** Moves the story's clock past the expression just tagged. */
export function advanceStory(pass: TagPass, at: ItemAt, r: Resolution): void {
  const { anchors, toks, sent } = pass;
  const { item, since, clock } = at;
  moveToday(pass, at, r);
  noteBirth(pass, at, r);
  // (The day the value starts on, read once for the notes below.)
  const valueDay = DAY_START.test(r.value) ? parseYmd(r.value.slice(0, 10)) : null;
  noteWeekAhead(pass, at, valueDay);
  // A time of day on no known day sets a scene; a day told ends it.
  if (clock && r.value.startsWith('XXXX-XX-XXT')) pass.daylessClockSentence = sent[item.from]!;
  else if (DAY_START.test(r.value)) pass.daylessClockSentence = -1;
  noteDayByWeekday(pass, at, r, valueDay);
  const p = precisionOfValue(r.value);
  // Comparisons (`a year earlier`) do not move the story's clock.
  const comparison = item.spec.kind === 'anaphoric' && item.spec.shift === 1;
  // `the 1988 period` after a 1989 third quarter is the year-ago one compared with: the topic stays.
  const yearAgoOfTopic = anchors.lastQuarter !== null && item.spec.year !== undefined && r.value === shiftYearsKeep(anchors.lastQuarter, -1);
  if (p === 'quarter' && !comparison && !yearAgoOfTopic) {
    anchors.lastQuarter = r.value;
    pass.quarterSentence = sent[item.from]!;
  }
  // A vague reference to the present or the recent past (`in recent years`, `now`, `until some months
  // ago`) brings the telling back to the present: bare months no longer follow the story's year.
  if (VAGUE_REFS.has(r.value) || (r.type === 'DURATION' && r.value.includes('X') && (toks[item.to]?.lower === 'ago' || RECENT_WORDS.test(pass.text.slice(at.start, at.end))))) anchors.presentTold = true;
  // Where the story has reached, if this expression moves it. A `since` date counts up to now: it is not where the
  // story has reached. A weekly recurrence in a stated year (`on Thursdays in 1994`) tells it, as the year alone would.
  // A time of day that took the publication day only for want of another (`stayed open until 10pm`, told of July)
  // leaves the story where it was.
  const defaulted = clock && r.anchor === 'document-date' && anchors.lastDay != null && anchors.last !== null && anchors.doc !== null
    && !anchors.last.startsWith(formatYmd(anchors.doc)) && r.value.startsWith(formatYmd(anchors.doc));
  // (A season naming a kind of thing, `withdrew to winter quarters`, is not where the story has reached; nor a flashback,
  // a time counted back from the story's date told in the past perfect: `The attack began at 04:45 on 14 July. The night
  // before, two battalions had crept forward. By 10:00 the line had fallen` goes on on the 14th.)
  const flashback = item.spec.kind === 'anaphoric' && (item.spec.n ?? 0) < 0 && toldInPastPerfect(pass, item.from, item.to);
  const dated = !item.spec.modifier && !flashback && (r.type === 'DATE' || r.type === 'TIME') && p && ANCHOR_PRECISIONS.has(p) && !r.value.includes('X') && !comparison && !since && !defaulted && !comparedWith(toks, sent, item.from)
    && !restatedInBrackets(pass, at.k) && !inRelativeAside(toks, sent, item.from, item.to)
    && !restatesStoryDate(item.spec, r.value, anchors.last) && !firstLightAfterNight(item.spec, r.value, anchors.last) && !plannedAfterToldDay(anchors, r.value) && !expectedAfterToldDay(pass, at) && !newsAheadOfPastStory(pass, at, r);
  const reached = dated ? r.value : r.type === 'SET' && !since && WEEKLY_IN_YEAR.test(r.value) ? r.value.slice(0, 4) : null;
  if (reached === null) return;
  // `Autumn and winter` heading a section: the section starts at the heading's first date, and the story stays there.
  const heading = headingLineAt(toks, item.from);
  if (heading >= 0 && pass.lastFrom >= heading) return;
  if (dated) {
    // (BC days too, `BC0044-03-15`: a count of days goes on from them.)
    const day = DAY_OR_BC_DAY_START.test(r.value) ? parseYmd(r.value) : null;
    anchors.pastRun = day && anchors.doc && daysFromCivil(anchors.doc.y, anchors.doc.m, anchors.doc.d) - daysFromCivil(day.y, day.m, day.d) > PAST_RUN_DAYS ? (anchors.pastRun ?? 0) + 1 : 0;
    // (A day counted from another, `returns eight days later`, starts no count: `Day 1` is the day set out.)
    if (day) {
      pass.lastAnyDay = day;
      pass.lastAnyDaySentence = sent[item.from]!;
      if (item.spec.kind !== 'anaphoric') pass.lastStatedDay = day;
    }
    if (r.anchor === 'none') anchors.presentTold = false;
  }
  setLastMentioned(anchors, reached);
  anchors.lastNightDated = reached.endsWith('TNI') && (item.spec.kind === 'md' || item.spec.kind === 'abs');
  pass.datesInLastSentence = pass.lastSentence === sent[item.from] ? pass.datesInLastSentence + 1 : 1;
  const dayOfReached = DAY_START.test(reached) ? reached.slice(0, 10) : null;
  pass.lastSentenceDay = pass.datesInLastSentence === 1 ? dayOfReached : pass.lastSentenceDay === dayOfReached ? dayOfReached : null;
  pass.lastWasBound = anchors.boundAhead === true;
  pass.lastSentence = sent[item.from]!;
  pass.lastFrom = item.from;
  pass.lastTo = item.to;
}
