/**
 * Short event titles: the clause that tells the happening, with its temporal adverbial, a wire
 * dateline, a photo credit and a trailing attribution (`, officials said`) removed, cut at a word
 * boundary to at most ~90 characters.
 */
import type { TextSpan } from '../model/types.js';

export const TITLE_MAX = 90;

/** Words that belong to a temporal adverbial when they stand right before a timex. */
const ADVERBIAL_LEAD = /(?:\b(?:as early as|as late as|as soon as|no later than|no earlier than|on|in|at|during|since|by|from|until|till|through|throughout|into|over|within|between|as of|of|early|late|earlier|later|the|around|about|before|after)\s{1,3}){1,3}$/i;
/** Temporal noun phrases that work as adverbials without a preposition (`said Friday`, `left yesterday`). */
const BARE_ADVERBIAL = /^(?:(?:last|next|this|that|early|late|earlier|later|the same|the following|the next|the previous)\s|yesterday|today|tonight|tomorrow|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}[:.]\d{2}|\d{1,2}\s{0,2}(?:am|pm|a\.m\.|p\.m\.))/i;
/** A noun after a determined date (`the 2019 final`); function words and verbs follow adverbials. */
const ATTRIBUTIVE_NEXT = /^\s{1,2}(?!(?:and|or|but|to|in|on|at|for|with|by|from|of|that|which|who|when|as|after|before|was|were|is|are|had|has|have|will|would|saw|rose|fell)\b)\p{Ll}{3,}/u;
const ATTRIBUTION = /\b(?:said|says|say|reported|reports|report|told|tells|added|adds|noted|notes|wrote|writes|announced|stated|according to|citing|quoted|quoting|confirmed|showed|shows)\b/i;

/** A short comma-delimited attribution that holds its own date (`, Eurostat data showed on Tuesday,`). */
export function isAttributionPart(part: string): boolean {
  return ATTRIBUTION.test(part) && part.trim().split(/\s+/).length <= 8 && !/\b(?:that|would|will)\b/i.test(part);
}
const DISCOURSE_LEAD = /^(?:Moreover|However|Meanwhile|Also|In addition|Additionally|Separately|Still|Further|Furthermore|Besides|Then|Later|Earlier|Previously),\s{1,3}/i;
const CONNECTIVE = /^(?:and|but|or|so|which|who|where|that|while|whereas|although|though|before|after|despite|when|because|as|until|since)\s{1,3}/i;
const TRAILING_WEAK = /(?:[\s,;:–—-]{1,5}|\s{1,3}\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|as|its|their|his|her|that|which|who)\b)+$/i;

/**
 * The span to cut for a timex: the timex with the preposition/determiner words that introduce it,
 * or null when the timex is not an adverbial (`The third quarter flattered ...`, `third-quarter profit`).
 */
export function adverbialSpan(text: string, floor: number, span: TextSpan): TextSpan | null {
  const before = text.slice(Math.max(floor, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 20);
  const own = text.slice(span.start, span.end);
  if (/\p{L}-\p{L}/u.test(own) && /^\s\p{Ll}/u.test(after)) return null; // adjectival compound
  if (/^['’]s?\b/.test(after)) return null; // possessive: `Friday's vote` names the thing itself
  const lead = ADVERBIAL_LEAD.exec(before);
  // `before the Nov. 5 general election`, `a rematch of the 2019 final`: a dated noun keeps its date.
  if (lead && /\bthe\s{1,3}$/i.test(lead[0]) && /\d/.test(own) && ATTRIBUTIVE_NEXT.test(after)) return null;
  // `took over in the summer`: `over` there is a particle of the verb, not the preposition.
  const particle = lead ? /^over\s{1,3}(?=(?:in|on|at|during|since|by)\s)/i.exec(lead[0]) : null;
  if (lead) return { start: span.start - lead[0].length + (particle ? particle[0].length : 0), end: span.end };
  if (/["“‘]$/.test(before) && /^[,.]?["”’]/.test(after)) return null; // a quoted name (`"This Week"`)
  // `less than a year later`, `about two weeks ago`: the relative time goes with its hedge.
  if (/\b(?:later|earlier|ago|afterwards)$/i.test(own)) {
    const hedge = /\b(?:less than|more than|about|nearly|almost|just|some|roughly|around|barely|only)\s{1,3}$/i.exec(before);
    return hedge ? { start: span.start - hedge[0].length, end: span.end } : span;
  }
  if (/\b(?:for|to|than|with|like)\s{1,3}$/i.test(before)) return null; // a complement: `the point for next year`
  if (BARE_ADVERBIAL.test(own)) return span;
  // A bullet's leading date (`- March 2021: Helix announces ...`) counts as parenthetical too.
  const parenthetical = (span.start <= floor || /(?:^|[,;(]\s{0,2}|^\s{0,2}[-•*–]\s{1,2})$/.test(before.slice(-3))) && /^\s{0,2}(?:[,.;:!?)]|$)/.test(after);
  return parenthetical ? span : null;
}

/** `text` restricted to `window`, with `remove` spans cut out and the commas around them tidied. */
function cutSpans(text: string, window: TextSpan, remove: TextSpan[]): string {
  const spans = remove
    .map((s) => ({ start: Math.max(window.start, s.start), end: Math.min(window.end, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  // Pieces are collected and joined once; each check looks at a few characters around a cut (linear overall).
  const pieces: string[] = [];
  let at = window.start;
  let written = false;
  for (const s of spans) {
    if (s.start < at) { at = Math.max(at, s.end); continue; }
    let piece = text.slice(at, s.start);
    at = s.end;
    // Era and zone words the tagger left outside the expression (`the 2nd century AD`, `09:30 GMT`).
    const dangling = /^\s{1,2}(?:AD|BC|BCE|CE|GMT|UTC)\b/.exec(text.slice(at, Math.min(window.end, at + 8)));
    if (dangling) at += dangling[0].length;
    // `X, on Friday, Y` -> `X, Y`; `X on Friday, Y` keeps its comma only when X had one.
    const next = text.slice(at, Math.min(window.end, at + 12));
    const tail = (piece.length >= 4 ? piece : (pieces.at(-1) ?? '') + piece).slice(-4);
    if (/,\s{0,3}$/.test(tail) && /^\s{0,3}[,.;]/.test(next)) {
      if (/\S/.test(piece) || pieces.length === 0) piece = piece.replace(/,\s{0,3}$/, '');
      else pieces[pieces.length - 1] = pieces[pieces.length - 1]!.replace(/,\s{0,3}$/, '');
    }
    else if (/[;:]\s{0,3}$/.test(tail) && /^\s{0,3},/.test(next)) at = at + next.indexOf(',') + 1;
    // `launched on July 30, 2020, from Cape Canaveral` -> `launched from Cape Canaveral`
    else if ((written || /\S/.test(piece)) && /^,\s{1,2}(?:from|in|at|to|with|near|for|by|aboard|after|before)\s/.test(next)) at += 1;
    written ||= /\S/.test(piece);
    pieces.push(piece);
  }
  pieces.push(text.slice(at, window.end));
  return pieces.join('');
}

/** Drops a trailing `, state media reported, citing ...` and similar attribution parts. */
export function stripAttribution(clause: string): string {
  const parts = clause.split(/,\s{1,3}/);
  while (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    const words = last.trim().split(/\s+/).length;
    const verb = ATTRIBUTION.exec(last);
    if (words > 14 || !verb) break;
    // `said the samples would be returned` carries the news; `media reported` or `citing a source` does not.
    if (/\b(?:that|would|will|was|were|is|are|had|has|have|could|should|may|might)\b/i.test(last.slice(verb.index + verb[0].length))) break;
    parts.pop();
  }
  // `..., Eurostat data showed, strengthening ...`: a short attribution inside the sentence goes too.
  const inner = parts.filter((p, i) => i === 0 || i === parts.length - 1 || !(isAttributionPart(p) && p.trim().split(/\s+/).length <= 6));
  const kept = inner.join(', ');
  return kept.split(/\s+/).length >= 3 ? kept : clause;
}

/** Cuts at a word boundary to at most `max` characters, ending with an ellipsis when cut. */
export function cutTitle(title: string, max = TITLE_MAX): string {
  if (title.length <= max) return title;
  const room = title.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  let cut = space > max / 2 ? room.slice(0, space) : room;
  cut = cut.replace(TRAILING_WEAK, '');
  return `${cut}…`;
}

/** Drops trailing characters of `chars` (a loop, not an end-anchored regex: no quadratic runs). */
function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

const EDGE_PUNCT = ' \t\n\r,;:–—_-';

function tidy(s: string): string {
  let t = s.replace(/\s{2,}/g, ' ').replace(/\s{1,3}([,.;:!?])/g, '$1').trim();
  t = trimEndChars(t.replace(/^[\s,;:–—_-]+/, ''), EDGE_PUNCT);
  t = t.replace(/\(\s{0,3}[-–,;]?\s{0,3}\)/g, '').replace(/\s{2,}/g, ' ').replace(/\s{1,3}([,.;:!?])/g, '$1');
  t = trimEndChars(t, '.!').replace(/^["“]([^"”]*)["”]?$/, '$1').trim();
  return t;
}

export interface TitleInput {
  text: string;
  sentence: TextSpan;
  /** Part of the sentence that tells this happening (the whole sentence for one-event sentences). */
  window: TextSpan;
  /** Temporal expressions, cut out when they work as adverbials. */
  remove: TextSpan[];
  /** Spans cut out whatever their role (a wire dateline, a range such as `from 3 to 17 June`). */
  always?: TextSpan[];
  /** The temporal expression of this happening, when known. */
  focus?: TextSpan;
}

const PREP_LEAD = /^\s{0,3}(?:in|on|at|for|to|with|from)\s/;
const AUX_LEAD = /^\s{0,3}(?:had|has|have|was|were|is|are|will|would|could|can|may|might|should|must|also|did|does|said|says|told|added|warned|announced|expects|plans|hopes|wants|intends|aims)\s/;
/**
 * What a relative pronoun at the end of `head` refers to: for `who`, the name that ends it (`the resignation
 * of Prime Minister Ana Costa` -> `Prime Minister Ana Costa`); for `which`, the noun phrase from its last
 * determiner (`Polls suggest the opposition` -> `the opposition`). The whole head when neither is found.
 */
function antecedent(head: string, who: boolean): string {
  const words = head.split(' ');
  if (words.length <= 2) return head;
  if (who) {
    let k = words.length;
    // Names joined by `or`/`and` refer together (`City or Coventry, who meet tonight`).
    while (k > 0 && (/^\p{Lu}/u.test(words[k - 1]!) || (/^(?:or|and)$/.test(words[k - 1]!) && k > 1 && k < words.length && /^\p{Lu}/u.test(words[k - 2]!)))) k--;
    return k > 0 && k < words.length ? words.slice(k).join(' ') : head;
  }
  for (let k = words.length - 1; k > 0; k--) {
    if (/^(?:the|a|an|its|their|his|her|our)$/i.test(words[k]!)) return words.slice(k).join(' ');
  }
  return head;
}

/**
 * `Born in Leeds, England, Ellison studied physics`: the birth is the happening of the opening participle,
 * and the main clause's subject was born (`Ellison was born in Leeds, England`). Null for other clauses.
 */
function bornTitle(clause: string, after: string): string | null {
  const lead = /^\s{0,3}Born[\s,]{1,4}/.exec(clause);
  if (!lead) return null;
  const subjectAt = leadingName;
  // `Born, Ellison studied` (the date cut), `Born in Leeds, England, Ellison studied`.
  const now = subjectAt(clause.slice(lead[0].length));
  if (now) return `${now} was born`;
  for (let at = clause.indexOf(', ', lead[0].length); at >= 0 && at < 160; at = clause.indexOf(', ', at + 2)) {
    const subject = subjectAt(clause.slice(at + 2, at + 140));
    if (subject) return `${subject} was born ${clause.slice(lead[0].length, at)}`.trim();
  }
  // `Born in 1950 in Lagos, Adeyemi moved ...` with the window ending at the comma.
  const later = /^\s{0,2},\s{1,3}/.exec(after);
  const subject = later ? subjectAt(after.slice(later[0].length, later[0].length + 140)) : undefined;
  return subject ? `${subject} was born ${trimEndChars(clause.slice(lead[0].length), ' ,')}`.trim() : null;
}

const AMOUNT_HEDGES = new Set(['about', 'nearly', 'almost', 'just', 'some', 'roughly']);
const SMALL_NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several']);

/** `less than two years`, `about 10 days`: an amount of time and nothing else. */
function isBareAmount(part: string): boolean {
  const words = part.trim().replace(/\.$/, '').toLowerCase().split(/\s+/);
  const k = (words[0] === 'less' || words[0] === 'more') && words[1] === 'than' ? 2 : AMOUNT_HEDGES.has(words[0]!) ? 1 : 0;
  return words.length === k + 2 && (SMALL_NUMBERS.has(words[k]!) || /^\d{1,3}$/.test(words[k]!))
    && /^(?:year|month|week|day|hour|decade)s?$/.test(words[k + 1]!);
}

const AUXILIARIES = new Set(['would', 'will', 'could', 'should', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'may', 'might']);

/** The subject of the last `that` clause of `head` (`... that the cuts would be completed`), or null. */
function reportedSubject(head: string): string | null {
  const at = head.lastIndexOf(' that ');
  if (at < 0 || head.length - at > 160) return null;
  const words = head.slice(at + 6).split(/\s+/, 7);
  if (!/^(?:the|its|their|a|an)$/i.test(words[0] ?? '')) return null;
  for (let k = 2; k <= 5 && k < words.length; k++) if (AUXILIARIES.has(words[k]!.toLowerCase())) return words.slice(0, k).join(' ');
  return null;
}

/** Up to four capitalized words that open `s` and are followed by a lowercase word (`Ellison studied`), or undefined. */
function leadingName(s: string): string | undefined {
  const words = s.split(' ', 6);
  let k = 0;
  while (k < words.length && k < 4 && /^\p{Lu}[\p{L}'’.-]{0,30}$/u.test(words[k]!)) k++;
  return k > 0 && k < words.length && /^\p{Ll}/u.test(words[k]!) ? words.slice(0, k).join(' ') : undefined;
}

/** The subject of a sentence's main clause: its opening words, or the name after an opening phrase (`Born in Leeds, Ellison studied`). */
function mainSubject(head: string): string | null {
  const first = sentenceSubject(head);
  if (first) return first;
  for (let at = head.indexOf(', '); at >= 0 && at < 160; at = head.indexOf(', ', at + 2)) {
    // `Earlier this month, the company closed ...`: the subject after an opening adverbial.
    const rest = head.slice(at + 2, at + 140);
    const after = /^(?:the|a|an|its|their)\s/i.test(rest) ? sentenceSubject(rest.charAt(0).toUpperCase() + rest.slice(1)) : null;
    if (after) return after;
    const name = leadingName(head.slice(at + 2, at + 140));
    if (name && !/^(?:The|A|An|In|On|At|By|For|After|Before|When|While|But|And)$/.test(name.split(' ')[0]!)) return name;
  }
  return null;
}

const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  leaving: 'left', taking: 'took', making: 'made', becoming: 'became', winning: 'won', losing: 'lost', getting: 'got',
  giving: 'gave', going: 'went', coming: 'came', running: 'ran', selling: 'sold', buying: 'bought', meeting: 'met',
  holding: 'held', building: 'built', spending: 'spent', leading: 'led', paying: 'paid', telling: 'told', writing: 'wrote',
  beginning: 'began', seeing: 'saw', finding: 'found', keeping: 'kept', bringing: 'brought', teaching: 'taught',
  fighting: 'fought', falling: 'fell', rising: 'rose', choosing: 'chose', flying: 'flew', driving: 'drove',
  speaking: 'spoke', breaking: 'broke', putting: 'put', setting: 'set', cutting: 'cut', hitting: 'hit', quitting: 'quit',
  sitting: 'sat', standing: 'stood', being: 'was', having: 'had', doing: 'did', saying: 'said', selecting: 'selected',
};

/** `moving` -> `moved`, `studying` -> `studied`, `agreeing` -> `agreed`, `leaving` -> `left`. */
export function pastOfParticiple(ing: string): string {
  const irregular = IRREGULAR_PARTICIPLES[ing];
  if (irregular) return irregular;
  const stem = ing.slice(0, -3);
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  if (stem.endsWith('e')) return `${stem}d`;
  return `${stem}ed`;
}

/** Irregular past forms that tell a happening (regular ones end in -ed). */
const PAST_FORMS = new Set('went took made won lost became began sold bought left met held ran came gave got saw fell rose paid led spent built struck broke chose grew kept told wrote quit spoke'.split(' '));
const isPastForm = (w: string): boolean => PAST_FORMS.has(w) || (w.length >= 4 && w.endsWith('ed'));

/** `... in 1998 and went public in 2004`: a second verb of the same subject after `and`. */
function isCoordinatedVerb(clause: string): boolean {
  const m = /^\s{0,3}(?:and|but)\s{1,3}(\p{Ll}{2,22})\s/u.exec(clause);
  return m !== null && isPastForm(m[1]!);
}

/** A two-word title that is a whole clause (`Smith retired`, `Coventry meet`): a name and a verb, not `Her retirement`. */
export function isNameAndVerb(title: string): boolean {
  const m = /^(\p{Lu}[\p{L}'’]{1,30}) \p{Ll}{2,22}$/u.exec(title);
  return m !== null && !/^(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|after|before|in|on|at|for|with|by|from)$/i.test(m[1]!);
}

/** Verbs that end a sentence-initial subject (besides any `-ed` word). */
const SUBJECT_END = new Set('broke said was were is are has had have will would took made won lost began became told met held left says can could'.split(' '));

/** A short subject before the sentence's first verb (`The company broke ground ... and had planned`), or null. */
function sentenceSubject(head: string): string | null {
  // A wire dateline (`LISBON, May 2 (Reuters) - `) comes before the subject.
  const dash = head.slice(0, 90).search(/ [-–—]{1,2} /);
  if (dash > 0 && /^\p{Lu}{2}/u.test(head) && head.slice(0, dash).includes(',')) head = head.slice(dash).replace(/^ [-–—]{1,2} /, '');
  const words = head.split(/\s+/, 6);
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return null;
  for (let k = 1; k < words.length && k <= 4; k++) {
    const w = words[k]!;
    if (/[,;:]$/.test(words[k - 1]!)) return null;
    if (SUBJECT_END.has(w) || (w.length >= 4 && w.endsWith('ed') && /^\p{Ll}+$/u.test(w))) return words.slice(0, k).join(' ');
  }
  return null;
}

const SUBORDINATE_LEAD = /^(?:After|Before|Despite|Although|Though|While|When|Because|As|Since|Once|If|Following|Amid)\b[^,]{3,120},\s{1,3}/;

/** A readable title for a happening told in `window` of a sentence. */
export function makeTitle({ text, sentence, window, remove, always = [], focus }: TitleInput): string {
  const adverbials = [
    ...always.map((r) => adverbialSpan(text, window.start, r) ?? r),
    ...remove.map((r) => adverbialSpan(text, window.start, r)).filter((r): r is TextSpan => r !== null),
  ];
  // A leading subordinate clause (`After talks failed, ...`) is not the happening, unless it holds the date.
  const lead = window.start === sentence.start ? SUBORDINATE_LEAD.exec(text.slice(window.start, window.end)) : null;
  if (lead && (!focus || focus.start >= window.start + lead[0].length) && window.end - window.start - lead[0].length > 20) {
    window = { start: window.start + lead[0].length, end: window.end };
  }
  let clause = cutSpans(text, window, adverbials);
  // A clause window that opens with `which`/`who` takes the sentence's subject back.
  const rel = /^\s{0,3}(?:which|who)\s{1,3}/i.exec(clause);
  if (rel && /^(?:it|he|she|they|we|i|you)\b/i.test(clause.slice(rel[0].length))) {
    // `which it has been exploring since 2021`: the antecedent is an object; tell the whole sentence.
    clause = cutSpans(text, sentence, adverbials);
  } else if (rel && window.start > sentence.start) {
    // Bounded slice: the end-anchored pattern below then runs in constant time.
    const head = window.start - sentence.start <= 80 ? text.slice(sentence.start, window.start).replace(/,?\s{0,3}(?:which|who)?\s{0,3}$/i, '') : ',';
    // `Rome, which had little experience, built a fleet in 260 BC`: the date is outside the aside.
    const asideEnd = focus ? text.slice(window.start, focus.start).indexOf(', ') : -1;
    if (head.length <= 60 && !/,/.test(head)) {
      // `Okafor, who was appointed in 2021, also ordered ...`: the aside that holds the date is the happening.
      const close = focus && asideEnd < 0 ? text.slice(focus.end, window.end).indexOf(', ') : -1;
      const own = close >= 0 && /^,\s{1,3}(?:also\s{1,3})?\p{Ll}/u.test(text.slice(focus!.end + close)) ? cutSpans(text, { start: window.start, end: focus!.end + close }, adverbials) : clause;
      clause = asideEnd > 0 ? `${head} ${cutSpans(text, { start: window.start + asideEnd + 2, end: window.end }, adverbials)}`
        : `${antecedent(head, /who/i.test(rel[0]))} ${own.slice(rel[0].length)}`;
    } else if (focus && asideEnd < 0) {
      // A long head: the antecedent is the noun phrase right before `, which` (`a new hub in Rotterdam`).
      const tail = text.slice(Math.max(sentence.start, window.start - 60), window.start).replace(/,\s{0,3}$/, '');
      const determiners = [...tail.matchAll(/\b(?:a|an|the|its|their|his|her|our)\s/gi)];
      const last = determiners[determiners.length - 1];
      const name = /(?:\p{Lu}[\p{L}'’-]{1,20}\s){0,3}\p{Lu}[\p{L}'’-]{1,20}$/u.exec(tail)?.[0];
      const np = last && !/[,;]/.test(tail.slice(last.index)) ? tail.slice(last.index) : name;
      const comma = text.slice(focus.end, window.end).indexOf(',');
      const end = comma >= 0 ? focus.end + comma : window.end;
      if (np) clause = `${np} ${cutSpans(text, { start: window.start, end }, adverbials).slice(rel[0].length)}`;
    }
  }
  // `Hartley, who lost in 2022, had not conceded since October`: the main verb takes the subject back.
  // `Rovers will face City or Coventry, who meet tonight, in the final on May 4`: the part after the
  // aside goes on with the main clause before it.
  // The sentence before the window (bounded): where the subject of a split-off clause is looked for.
  const opening = text.slice(sentence.start, Math.min(window.start, sentence.start + 200));
  const aside = !rel && window.start > sentence.start && (PREP_LEAD.test(clause) || /^\s{0,3}\p{Ll}/u.test(clause))
    ? /^([^,]{2,80}),\s{1,3}(?:who|which|whose)\s[^,]{1,120},\s{0,3}$/.exec(text.slice(sentence.start, window.start)) : null;
  if (aside) clause = `${aside[1]} ${clause.trimStart()}`;
  else if (!rel && window.start > sentence.start && (AUX_LEAD.test(clause.replace(/^\s{0,3}and\s/, '')) || isCoordinatedVerb(clause))) {
    // `Okafor said she will hear ... and expects to ...`: the reported clause's pronoun is the subject.
    const reported = /\b(?:said|says)\s(he|she|they|it|we)\s/i.exec(opening.slice(-120))?.[1];
    // `told analysts that the cuts would be completed by December and would save ...`: the reported subject.
    const that = reportedSubject(opening);
    const subject = reported ?? that ?? /^([^,]{2,60}),\s{1,3}(?:who|which)\s/.exec(opening)?.[1] ?? sentenceSubject(opening);
    if (subject) clause = `${subject} ${clause.trimStart().replace(/^(?:and|but)\s/, '')}`;
  }
  // `..., Ellison studied physics before moving to the United States in 1961`: the subject moved.
  const after = window.start > sentence.start ? /^\s{0,3}(?:before|after)\s{1,3}(\p{Ll}{4,24})\s/u.exec(clause) : null;
  const participle = after?.[1]!.endsWith('ing') ? after : null;
  const doer = participle ? mainSubject(opening) : null;
  if (participle && doer) clause = `${doer} ${pastOfParticiple(participle[1]!)} ${clause.slice(participle[0].length)}`;
  // At the start of a sentence `That government collapsed` is a demonstrative, not a connective.
  if (window.start > sentence.start || !/^\s{0,3}(?:that|which|who|where)\s/i.test(clause)) clause = clause.replace(CONNECTIVE, '');
  clause = clause.replace(DISCOURSE_LEAD, '');
  // `the company closed a research center in Austin, that it had opened in 2022`: the pronoun's owner
  // opened the noun before the comma (`The company had opened a research center in Austin`).
  const objectRel = window.start > sentence.start ? /^\s{0,3}that\s{1,3}(?:it|he|she|they|we)\s{1,3}((?:had|has|have|was|were|would|will)\s{1,3})?(\p{Ll}{2,20})/u.exec(text.slice(window.start, window.end)) : null;
  if (objectRel) {
    const before = text.slice(Math.max(sentence.start, window.start - 200), window.start).replace(/,\s{0,3}$/, '');
    const det = [...before.matchAll(/\b(?:a|an|the|its|their|his|her)\s/gi)].pop();
    const owner = mainSubject(opening);
    if (det && owner) {
      const verbAt = clause.indexOf(objectRel[2]!);
      const np = before.slice(det.index).trim();
      if (verbAt >= 0 && np.split(/\s+/).length <= 10) clause = `${owner} ${objectRel[1] ?? ''}${objectRel[2]} ${np}${clause.slice(verbAt + objectRel[2]!.length)}`;
    }
  }
  // `Veltra said Wednesday | it will cut 2,000 jobs`: the reported pronoun is the one who said it.
  const pronoun = window.start > sentence.start ? /^\s{0,3}(?:it|he|she|they)\s/i.exec(clause) : null;
  if (pronoun) {
    const sayer = /\b(?:said|says|announced|reported|confirmed|warned|stated|added)\b[^,.;]{0,30}$/i.test(opening) ? sentenceSubject(opening) : null;
    if (sayer) clause = `${sayer} ${clause.slice(pronoun[0].length)}`;
  }
  if (window.start === sentence.start) clause = bornTitle(clause, text.slice(window.end, sentence.end)) ?? clause;
  // A participial clause split off a sentence (`ending a debate that began`) reads as its object.
  // ... and `arguing that the ban violates` reads from what follows `that`.
  if (window.start > sentence.start) clause = clause.replace(/^\s{0,3}\p{Ll}{2,20}ing\s{1,3}(?=\S)/u, '').replace(/^\s{0,3}that\s{1,3}/, '');
  // `closed Monday and Tuesday`, `warnings for Nov. 19-21` with the dates cut leave a dangling word.
  clause = clause.replace(/\s(?:and|or|for|on|at|from|by|just|only|nearly|almost|about|around|roughly|some|starting|beginning|effective)[\s,.]{0,3}$/, '');
  // `..., less than two years` left when `after the last vote` was cut: a bare amount of time says nothing.
  const lastComma = clause.lastIndexOf(', ');
  if (lastComma > 0 && isBareAmount(clause.slice(lastComma + 2))) clause = clause.slice(0, lastComma);
  // `The other semi-final is on Sunday` with the date cut: the subject alone names the happening.
  clause = clause.replace(/\s(?:is|are|was|were|will\sbe|would\sbe)[\s,.]{0,3}$/, '');
  clause = stripAttribution(tidy(clause));
  let title = tidy(clause);
  if (title.length < 3) title = tidy(text.slice(window.start, window.end));
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return cutTitle(title);
}
