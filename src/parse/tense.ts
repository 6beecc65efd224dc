/** The tense of the clause around an expression, from nearby verb cues (sentence bounds: `text/sentences.ts`). */
import type { Tense } from '../model/types.js';
import { COPULAS, MODALS, MONTH_WORDS, NOT_PAST_ED, isPastVerb } from '../text/lexicon.js';
import type { Token } from '../text/tokens.js';
import { endsLikePlural } from '../text/verbs.js';



const FUTURE = new Set(['will', 'shall', 'tomorrow', 'upcoming', 'scheduled', 'plans', 'plan', 'expected', 'expect', 'expects', 'intends', 'due', 'next']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'took', 'made', 'went', 'came', 'gave', 'sent', 'saw', 'began',
  'met', 'held', 'left', 'ago', 'yesterday', 'rose', 'fell', 'won', 'lost', 'paid', 'sold', 'bought', 'became',
  'got', 'found', 'thought', 'knew', 'brought', 'spent', 'led', 'ran', 'hit', 'set', 'put', 'cut', 'quit', 'shot',
  'spoke', 'wrote', 'chose', 'drove', 'flew', 'fought', 'struck', 'broke', 'stood', 'earlier', 'last', 'been',
  // Irregular past forms that are no present or noun as well (not `lay`, `felt`, `cost`, `spread`).
  'grew', 'kept', 'built', 'sank', 'drew', 'threw', 'fled', 'sought', 'taught', 'froze', 'shook', 'hid', 'slept', 'woke',
  'stole', 'wore', 'tore', 'swore', 'forgot', 'withdrew', 'oversaw', 'arose', 'forgave', 'sang', 'rang', 'swam', 'dealt',
  'meant', 'wept', 'shrank', 'clung', 'strode', 'overtook', 'undertook', 'lent', 'hung', 'sat', 'dug', 'slid', 'sprang',
  'blew', 'bled', 'crept', 'leapt', 'knelt', 'rode', 'swept', 'trod', 'strove',
  // Regular past forms too short for the `-ed` test (`She died Tuesday at her home`).
  'died', 'lied', 'owed', 'axed', 'eyed',
]);
const PRESENT = new Set([
  'is', 'are', 'am', 'says', 'say', 'seeks', 'wants', 'hopes', 'aims', 'needs', 'faces', 'remains', 'urges', 'asks',
]);
/**
 * The verb that set a date, right before the `for`/`until`/`to` at `at` or before a short object of it
 * (`listed for January`, `booked a room for June`, `moved the hearing to Friday`): its index, or -1.
 */
function settingVerbBefore(toks: readonly Token[], sent: Int32Array, at: number): number {
  for (let k = at - 1; k >= at - 4 && k >= 0 && sent[k] === sent[at]; k--) {
    const t = toks[k]!;
    if (SCHEDULING.has(t.lower)) return k;
    if (t.kind !== 'word' || t.capital) return -1;
  }
  return -1;
}
/** The setting verb at `k` is in the present or present perfect (`have booked`, `is set`, `has been scheduled`). */
function settingIsPresent(toks: readonly Token[], k: number): boolean {
  // (`is fully booked`, `are now set`: an adverb may stand between.)
  let a = k - 1;
  if (toks[a]?.kind === 'word' && (AUX_ADVERBS.has(toks[a]!.lower) || (toks[a]!.lower.length > 4 && toks[a]!.lower.endsWith('ly')))) a--;
  if (toks[a]?.lower === 'been') a--;
  const aux = toks[a]?.lower;
  // (`we're booked`, `the table's booked`: a contracted auxiliary after its apostrophe.)
  if ((aux === 're' || aux === 's' || aux === 'm') && /^['’]$/.test(toks[a - 1]?.text ?? '')) return true;
  return aux === 'have' || aux === 'has' || aux === 've' || aux === 'is' || aux === 'are' || aux === 'am';
}

/** The scheduled present (`the trial begins Monday`, `the term begins in October`, `hosts the Bears on Sunday`) looks ahead. */
const SCHEDULED = new Set(['begins', 'starts', 'opens', 'closes', 'resumes', 'kicks', 'reopens', 'begin', 'start', 'resume', 'reopen', 'end',
  // A fixture (`hosts the Bears on Sunday`, `City visit Leeds on Saturday`).
  'hosts', 'visits', 'host', 'visit',
  // A body's sitting (`The planning board meets again on Tuesday`, `the council reconvenes on Monday`).
  'meets', 'convenes', 'reconvenes']);
/** Words after which the bare form of a scheduled verb is that verb (`they start`, `to resume`, `days of mourning, which end`). */
const BARE_SCHEDULED_LEADS = new Set(['to', 'will', 'they', 'we', 'you', 'i', 'and', 'or', 'not', 'shall', 'll', 'which', 'who']);
/** Participles that set a date for later (`a trial listed for January`): the date is not told in the clause's tense. */
const SCHEDULING = new Set(['listed', 'scheduled', 'set', 'slated', 'planned', 'booked', 'reserved', 'timetabled', 'fixed', 'pencilled', 'penciled', 'earmarked', 'billed', 'pushed', 'postponed', 'delayed', 'moved', 'brought', 'rescheduled', 'adjourned']);
/** Words after `to` that are nouns, not verbs (`returned to power`): `to` + verb is an infinitive. */
const NOT_INFINITIVE = new Set([
  'power', 'court', 'office', 'work', 'school', 'prison', 'jail', 'death', 'date', 'market', 'bed', 'war', 'life', 'trial',
  'church', 'town', 'sea', 'mind', 'light', 'home', 'about', 'be', 'have',
]);

/** Marks after which a capitalized word may open a sentence or a quotation (so it may be a verb). */
const SENTENCE_OPENING_MARKS = new Set(['.', '!', '?', ':', '"', '“', '‘', '(']);

/** Words that make `next` before them a date (`next year`, `next Tuesday`, `next March`). */
const NEXT_DATE_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(['year', 'week', 'month', 'quarter', 'season', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'weekend', 'decade', 'century', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ...MONTH_WORDS]))();

/** Words after which `last` means final (`the last day`, `their last match`), not the past (`last week`). */
export const LAST_AS_FINAL_AFTER: ReadonlySet<string> = /* @__PURE__ */ new Set(['the', 'its', 'their', 'our', 'my', 'your', 'his']);

/** Tokens back from a `would` that a past perfect governing it may stand (`had promised swimmers they would`). */
const PAST_PERFECT_REACH = 6;
/**
 * `the council had promised swimmers they would be back before Christmas`, `had hoped the line would open in May`: a
 * `would` reported by a past perfect tells a plan overtaken by the story's past, not one still ahead.
 */
function afterPastPerfect(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - PAST_PERFECT_REACH; k--) {
    const t = toks[k]!;
    // (`had been completed and trial runs would begin`: a clause of its own between, the past perfect governs nothing.)
    if (t.kind !== 'word' || t.lower === 'and' || t.lower === 'but') return false;
    if (!PROMISING_VERBS.has(t.lower)) continue;
    // (`had originally hoped`, `had long planned`: an adverb may stand between `had` and its participle.)
    let h = k - 1;
    if (h > 0 && (PERFECT_ADVERBS.has(toks[h]!.lower) || (toks[h]!.lower.length > 4 && toks[h]!.lower.endsWith('ly')))) h--;
    if (toks[h]!.lower === 'had') return true;
  }
  return false;
}
/** Past participles of saying, promising and hoping that report a plan (`had promised`, `had hoped`, `had been told`). */
const PROMISING_VERBS = new Set(['promised', 'pledged', 'vowed', 'hoped', 'expected', 'predicted', 'forecast', 'forecasted', 'said', 'told', 'assured',
  'insisted', 'claimed', 'announced', 'planned', 'intended', 'thought', 'believed', 'estimated', 'projected', 'undertaken', 'agreed', 'guaranteed']);

/** Past verbs of trying, failing or beginning whose infinitive shares their time (`tried to stop`, `began to fall`). */
const ATTEMPTED: ReadonlySet<string> = /* @__PURE__ */ new Set(['tried', 'attempted', 'managed', 'failed', 'began', 'started', 'continued', 'refused', 'declined',
  'struggled', 'rushed', 'hurried', 'scrambled', 'happened', 'seemed', 'appeared', 'dared', 'bothered', 'neglected', 'forgot']);

function cue(toks: readonly Token[], i: number): Tense | null {
  const t = toks[i];
  if (t === undefined || t.kind !== 'word') return null;
  const w = t.lower;
  // A capitalized word inside a sentence is a name (`the Met Office`, `Will Smith`), not a verb.
  if (t.capital && i > 0 && !toks[i - 1]!.newline && !SENTENCE_OPENING_MARKS.has(toks[i - 1]!.text)) return null;
  // `Lent and Easter`, `Lent begins on Ash Wednesday`: capitalized, `Lent` names the season before Easter, not the past of
  // `lend` (which a sentence opens with only as a participle's aside, and that tells no tense of its clause either).
  if (t.capital && w === 'lent') return null;
  // `New Year's Day: closed`, `Status: cancelled`: a participle right after a label's colon is a state, not a past verb.
  if (toks[i - 1]?.text === ':' && w.endsWith('ed') && toks[i + 1]?.kind !== 'word') return null;
  // (`would have an MRI`: `have` before its object is the verb, not the perfect's auxiliary.)
  // (`would have scans on Monday`: before a word that is no participle, `have` is the verb too.)
  const afterHave = toks[i + 2];
  const haveIsVerb = afterHave !== undefined && afterHave.kind === 'word' && !afterHave.capital && afterHave.lower !== 'been' && !isPastVerb(afterHave.lower)
    && !/(?:ed|en|ly)$/.test(afterHave.lower);
  if (w === 'would' && (toks[i + 1]?.lower !== 'have' || OBJECT_OPENERS.has(afterHave?.lower ?? '') || haveIsVerb)) return afterPastPerfect(toks, i) ? 'past' : 'future';
  // `could take up the bill as soon as Tuesday`, `may rule next week`: a modal of possibility before a bare verb looks
  // ahead (`could have`, `could not`, `might well` tell nothing).
  if (POSSIBILITY.has(w)) return bareVerbAt(toks, i + 1) ? 'future' : null;
  // `should rebook on Monday`, `must apply by Friday`: advice and obligation point ahead (`should have` back).
  if ((w === 'should' || w === 'must') && toks[i + 1]?.kind === 'word' && toks[i + 1]!.lower !== 'have') return 'future';
  const before1 = toks[i - 1]?.lower ?? '';
  // `won't open on Easter Monday`: `won` before `'t` is `will not`, no past of `win`.
  if (w === 'won' && /^['’]$/.test(toks[i + 1]?.text ?? '') && toks[i + 2]?.lower === 't' && toks[i + 1]!.gap === 0) return 'future';
  // `no earlier than Friday`, `not earlier than May`: a floor set on a date, no past of the clause.
  if (w === 'earlier' && (before1 === 'no' || before1 === 'not') && toks[i + 1]?.lower === 'than') return null;
  // `on the last day before the holidays`, `its last game`: `last` after a determiner means final, and tells no past.
  if (w === 'last' && LAST_AS_FINAL_AFTER.has(before1)) return null;
  // `expect its effects to last into early summer`, `will last until May`: the verb `last`, bare, tells no past.
  if (w === 'last' && (before1 === 'to' || MODALS.has(before1))) return null;
  // `as planned`, `sooner than expected`: a participle after `as` or `than` is an adverbial, not the clause's verb.
  if ((before1 === 'as' || before1 === 'than') && (w.endsWith('ed') || w === 'expected' || w === 'scheduled' || w === 'due')) return null;
  // `had been due to expire`, `had been scheduled to`: a plan in the past perfect lies in the past.
  if ((w === 'due' || w === 'scheduled' || w === 'expected' || w === 'set' || w === 'slated') && (before1 === 'had' || (before1 === 'been' && toks[i - 2]?.lower === 'had'))) return 'past';
  // `was due to start this Monday but was put back`: a plan told in the past was made before now for a day on either
  // side of it; it points neither way (`this Monday` is this week's).
  if (PAST_PLAN_WORDS.has(w) && (before1 === 'was' || before1 === 'were') && toks[i + 1]?.lower === 'to') return 'unknown';
  // `the plan`, `announced plans to`, `a repair plan on Monday`: the noun, not the verb (`plans to`, `plan to`).
  // `The researchers plan a second phase`, `she plans a return`: the verb, after its subject and before an object.
  if ((w === 'plan' || w === 'plans') && toks[i + 1]?.lower !== 'to' && OBJECT_OPENERS.has(toks[i + 1]?.lower ?? '') && subjectBefore(toks, i, w === 'plans')) return 'future';
  if ((w === 'plan' || w === 'plans') && (ARTICLES.has(before1) || (before1.length > 4 && before1.endsWith('ed')) || toks[i + 1]?.lower !== 'to')) return null;
  // `during a scheduled check`, `the expected rise`: a plan's participle after a determiner is an adjective.
  if ((w === 'scheduled' || w === 'expected') && ARTICLES.has(before1)) return null;
  // `cut her estimate for next year on Tuesday`, `a budget for next spring`: `for` and `next` with its unit is the period
  // a noun is for, and tells no tense of the clause.
  if (w === 'next' && toks[i - 1]?.lower === 'for' && NEXT_DATE_WORDS.has(toks[i + 1]?.lower ?? '')) return null;
  if (FUTURE.has(w)) return 'future';
  // `'ll`, `going to`, `set to`
  if (w === 'll' && toks[i - 1]?.text.match(/['’]/)) return 'future';
  // `we'd never do it before the new year`: `'d` before a bare verb is `would` (before a participle, `had`).
  if (w === 'd' && /^['’]$/.test(toks[i - 1]?.text ?? '')) return contractedD(toks, i);
  if (w === 'going' && toks[i + 1]?.lower === 'to') return 'future';
  if (w === 'set' && toks[i + 1]?.lower === 'to' && /^(is|are|was)$/.test(toks[i - 1]?.lower ?? '')) return 'future';
  // `with funding set to run out`, `Shares set to open higher`: `set to` and a bare verb, its auxiliary left out, is a plan.
  if (w === 'set' && toks[i + 1]?.lower === 'to' && bareVerbAt(toks, i + 2)) return 'future';
  // `is set for`, `are held`: a passive takes the tense of its auxiliary. `has issued` (present
  // perfect) spans past and present: neither direction, so the nearest date is meant.
  // `has since issued`, `have already agreed`: an adverb may stand between the auxiliary and its verb.
  const aux = AUX_ADVERBS.has(toks[i - 1]?.lower ?? '') && toks[i - 2]?.kind === 'word' ? toks[i - 2]!.lower : toks[i - 1]?.lower;
  const passive = aux === 'is' || aux === 'are' || aux === 'am' || aux === 'be';
  const perfect = aux === 'has' || aux === 'have' || (aux === 've' && toks[i - 2]?.text === "'");
  // `will be held`, `is to be held`, `could be signed`: a passive after a modal or `to` looks ahead.
  const before = toks[i - 2]?.lower ?? '';
  if (aux === 'be' && (FUTURE.has(before) || MODALS.has(before) || before === 'to' || (before === 'll' && /['’]/.test(toks[i - 3]?.text ?? '')))) {
    if (PAST.has(w) || (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !t.capital)) return 'future';
  }
  // `would exchange data and set up a commission`: a form shared by the past and the bare verb, after a
  // coordinator, `to` or a modal, is the bare verb and tells no tense of its own.
  if (SAME_AS_BARE.has(w) && (BARE_LEADS.has(before1) || MODALS.has(before1))) return null;
  // `the last set finishes at 8:30`, `a deep cut`, `the first hit came`: such a form after a determiner, or after an
  // adjective after one, is a noun.
  if (SAME_AS_BARE.has(w) && (NOUN_DETERMINERS.has(before1) || (NOUN_DETERMINERS.has(toks[i - 2]?.lower ?? '') && ORDER_ADJECTIVES.has(before1)))) return null;
  // `will batter exposed coasts`, `could close damaged roads`: after a modal and its verb, a past form is no verb of its own.
  if ((PAST.has(w) || w.endsWith('ed')) && afterModalVerb(toks, i)) return null;
  if (PAST.has(w)) return passive ? 'present' : perfect ? 'unknown' : 'past';
  if (PRESENT.has(w)) return 'present';
  // A bare form is the verb only after a plural subject, `to` or a modal (`talks resume`); `an unbeaten start` is a noun.
  // (`had been due to start on Monday`, `was meant to open in May`: the plan's own tense tells it, not the bare verb.)
  if (before1 === 'to' && PLAN_WORDS.has(toks[i - 2]?.lower ?? '') && /^(?:been|was|were)$/.test(toks[i - 3]?.lower ?? '')) return null;
  // (`had hoped to reopen it by April`: an infinitive of a plan the past perfect reports is overtaken, as a `would` is.)
  if (SCHEDULED.has(w) && (w.endsWith('s') || BARE_SCHEDULED_LEADS.has(before1) || MODALS.has(before1) || endsLikePlural(before1))) {
    return (before1 === 'would' || before1 === 'to') && afterPastPerfect(toks, i - 1) ? 'past' : 'future';
  }
  if (SCHEDULED.has(w)) return null;
  // `it arrives on 8 January`, `she now lives in Leeds`: a verb in -s after he, she or it is the present.
  if (isThirdPersonPresent(toks, i)) return 'present';
  // `The rules take effect on Monday`: a scheduled present, like `begins`.
  if ((w === 'take' || w === 'takes') && toks[i + 1]?.lower === 'effect') return 'future';
  // `The race gets under way at 8pm on Sunday`: so is `get under way`, as `begins` is.
  if ((w === 'get' || w === 'gets') && toks[i + 1]?.lower === 'under' && toks[i + 2]?.lower === 'way') return 'future';
  if (w === 'ends' || w === 'goes') return 'present';
  if ((w === 'go' || w === 'begin' || w === 'start') && /^(on|into|ahead)$/.test(toks[i + 1]?.lower ?? '')) return 'present';
  // `ordered them to file by Friday`: an infinitive looks ahead of the verb that governs it.
  if (w === 'to' && i > 0 && toks[i - 1]!.kind === 'word') {
    // (`tried to stop a truck on Sunday`, `failed to appear on Monday`: after a verb of trying, failing or beginning in the
    // past, the infinitive happened then, or not at all: the past, not ahead.)
    if (ATTEMPTED.has(toks[i - 1]!.lower)) return 'past';
    const v = toks[i + 1];
    if (v && v.kind === 'word' && !v.capital && /^[a-z]{3,}$/.test(v.text) && !/(s|ed|ing|ly)$/.test(v.text)
      && !NOT_INFINITIVE.has(v.lower) && !ARTICLES.has(v.lower)) return afterPastPerfect(toks, i) ? 'past' : 'future';
  }
  // `..., priced from 45 pounds`: an -ed word right after a comma is a participle, not a past verb;
  // so is one after `stay`/`remain`/`keep` (`will stay closed`), whose own form tells the tense.
  // `is running but fully booked`: an -ed word after an adverb that follows a copula or a conjunction is an adjective.
  if (w.endsWith('ed') && before1.length > 4 && before1.endsWith('ly') && /^(?:and|but|or|is|are|was|were|be|been|being|remains?|stays?)$/.test(toks[i - 2]?.lower ?? '')) return null;
  // `is running guided walks`, `was being questioned`: an -ed word right after an -ing form is an adjective or a
  // participle; the -ing form's auxiliary tells the tense.
  if (w.endsWith('ed') && before1.endsWith('ing') && /^(?:is|are|am|was|were|be|been)$/.test(toks[i - 2]?.lower ?? '')) return null;
  // `a still unspecified date`: an -ed word after a determiner (and an adverb) is an adjective.
  // `gusts of 60mph to exposed coasts`, `help for flooded homes`: an -ed word right after a preposition is an adjective too.
  // (`which ended on Friday`, `that opened in May`: after a relative pronoun the -ed word is the clause's verb; not
  // before `to`, `which agreed to purchase ... in February`, whose date is the purchase's.)
  const relativeVerb = RELATIVE_LEADS.has(before1) && toks[i + 1]?.lower !== 'to';
  const determined = (ARTICLES.has(before1) && !relativeVerb) || ADJECTIVE_PREPOSITIONS.has(before1)
    || (/^(?:still|very|yet|newly|recently|previously|as)$|ly$/.test(before1) && ARTICLES.has(toks[i - 2]?.lower ?? ''));
  // `new markets untouched by the crisis`: a participle after a noun with its agent describes the noun.
  const agent = toks[i + 1]?.lower === 'by' && /^(the|a|an|its|their|his|her)$/.test(toks[i + 2]?.lower ?? '');
  const reduced = agent && toks[i - 1]?.kind === 'word' && !toks[i - 1]!.capital && !AUX_OR_PRONOUN.test(before1);
  // (`will set in the west, deeply reddened, shortly before 6am`: a participle set off by a comma, an adverb between.)
  // (Not the comma closing a name set off after its subject: `A second trial, HALCYON-2, completed enrolment in July`.)
  // (Nor the comma closing an aside that opens with a participle or a relative after the subject: `The collision,
  // involving a van and a cyclist, happened at 6.45pm`, `The mayor, who took office in May, resigned on Friday`.)
  const aside = (toks[i - 1]?.text === ',' && !closesApposition(toks, i - 1) && !closesSubjectAside(toks, i - 1))
    || (before1.length > 3 && before1.endsWith('ly') && toks[i - 2]?.text === ',');
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !t.capital && !aside && !COPULAS.has(aux ?? '') && !determined && !reduced) {
    return passive ? 'present' : perfect ? 'unknown' : 'past';
  }
  return null;
}

/** Words an apposition or its subject may hold: longest run of each. */
const APPOSITION_WORDS = 5;
const SUBJECT_WORDS = 7;
/** Marks that end a sentence before a subject. */
const SENTENCE_ENDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['.', '!', '?', ';', ':']);
/** Whether a token could be a verb or open a clause, so that a run holding it is no noun phrase. */
function verbLike(x: Token): boolean {
  const w = x.lower;
  return (x.kind === 'word' && !x.capital && (w.endsWith('ed') || w.endsWith('ing'))) || PAST.has(w) || PRESENT.has(w) || FUTURE.has(w)
    || COPULAS.has(w) || MODALS.has(w) || RELATIVE_LEADS.has(w) || w === 'who' || SUBORDINATORS.has(w) || w === 'and' || w === 'but';
}
/**
 * Whether the comma at `c` closes a name or a short noun phrase set off right after the noun phrase opening its
 * sentence (`A second trial, HALCYON-2, completed ...`, `Its chief executive, Ana Ruiz, resigned`): the word after it is
 * the subject's verb, not a participle opening an aside.
 */
function closesApposition(toks: readonly Token[], c: number): boolean {
  let j = c - 1;
  for (let n = 0; j >= 0 && toks[j]!.text !== ','; j--, n++) {
    const x = toks[j]!;
    if (n >= APPOSITION_WORDS * 2 || SENTENCE_ENDS.has(x.text) || x.newline || verbLike(x)) return false;
  }
  if (j < 1 || j === c - 1) return false;
  return subjectOpensSentenceBefore(toks, j);
}

/** Whether the tokens before `j` back to the sentence's start are a short noun phrase (no verb, no mark): its subject. */
function subjectOpensSentenceBefore(toks: readonly Token[], j: number): boolean {
  let words = 0;
  for (let k = j - 1; k >= 0; k--) {
    const x = toks[k]!;
    // (A full stop inside a number, `$4.8 billion`, ends nothing.)
    if (SENTENCE_ENDS.has(x.text) && (toks[k + 1]?.gap ?? 1) > 0) break;
    if ((x.kind === 'punct' && x.text !== '\'' && x.text !== '’') || verbLike(x) || ++words > SUBJECT_WORDS) return false;
    if (x.newline) break;
  }
  return words > 0;
}

/** Tokens an aside set off after its subject may hold (`, involving a silver Ford Focus and a man riding a bicycle,`). */
const SUBJECT_ASIDE_TOKENS = 24;
/**
 * Whether the comma at `c` closes an aside set off right after the noun phrase opening its sentence, an aside that opens
 * with a participle or a relative pronoun (`The collision, involving a van, happened`, `The mayor, who took office in
 * May, resigned`): the word after it is the sentence's verb.
 */
function closesSubjectAside(toks: readonly Token[], c: number): boolean {
  let j = c - 1;
  for (let n = 0; j >= 0 && toks[j]!.text !== ','; j--, n++) {
    const x = toks[j]!;
    if (n >= SUBJECT_ASIDE_TOKENS || SENTENCE_ENDS.has(x.text) || x.newline) return false;
  }
  const opener = toks[j + 1];
  if (j < 1 || opener === undefined || opener.kind !== 'word' || opener.capital) return false;
  const o = opener.lower;
  if (!((o.length >= 5 && (o.endsWith('ing') || o.endsWith('ed'))) || o === 'who' || o === 'which')) return false;
  return subjectOpensSentenceBefore(toks, j);
}

/** The tense `'d` at `i` tells: `would` before a bare verb, `had` before a participle (an adverb may stand between). */
function contractedD(toks: readonly Token[], i: number): Tense | null {
  let k = i + 1;
  if (D_ADVERBS.has(toks[k]?.lower ?? '')) k++;
  const v = toks[k];
  if (!v || v.kind !== 'word' || v.capital) return null;
  if (v.lower === 'been' || (isPastVerb(v.lower) && !SAME_AS_BARE.has(v.lower))) return 'past';
  return bareVerbAt(toks, k) || v.lower === 'be' || v.lower === 'have' ? (afterPastPerfect(toks, i) ? 'past' : 'future') : null;
}
/** Adverbs between `'d` and its verb (`we'd never do`, `she'd already gone`). */
const D_ADVERBS = new Set(['never', 'not', 'already', 'just', 'also', 'still', 'rather', 'probably', 'likely', 'only', 'all', 'both']);

/** Words of a plan that, after `was`/`were` and before `to`, tell a plan made in the past (`was due to`, `were meant to`). */
const PAST_PLAN_WORDS = new Set(['due', 'scheduled', 'supposed', 'meant', 'slated', 'planned']);
/** Words of a plan before `to` and its verb (`was due to start`, `had been scheduled to open`). */
const PLAN_WORDS = new Set(['due', 'scheduled', 'set', 'expected', 'supposed', 'meant', 'slated', 'planned']);

/** Relative pronouns that open a clause with its verb (`which ended`), not determiners (`which day`). */
const RELATIVE_LEADS = new Set(['which', 'that', 'whom']);

/** Modals of possibility: before a bare verb they look ahead; `could` is also the past of `can`, but not before a date. */
const POSSIBILITY = new Set(['could', 'may', 'might']);
/** Words after a modal that are not its bare verb (`could have`, `may not`, `might well`). */
const NOT_BARE_AFTER_MODAL = new Set(['have', 'not', 'well', 'also', 'be', 'yet', 'never', 'still', 'only', 'even']);
/** Whether the token at `k` may be a bare verb: a lowercase word, not an -ed, -ing or -ly form. */
function bareVerbAt(toks: readonly Token[], k: number): boolean {
  const v = toks[k];
  if (!v || v.kind !== 'word' || v.capital || NOT_BARE_AFTER_MODAL.has(v.lower) || ARTICLES.has(v.lower)) return false;
  const w = v.lower;
  return w.length >= 2 && !w.endsWith('ed') && !w.endsWith('ing') && !w.endsWith('ly');
}

/** Words between a modal's verb and a later past form that keep them in one clause (`will leave the damaged`). */
const MODAL_SCOPE = 4;
/**
 * Whether the word at `i` comes after a modal and its bare verb in the same clause (`Gusts will batter exposed coasts`,
 * `crews could reach stranded drivers`): such a clause has its verb, so the past form describes a noun.
 */
function afterModalVerb(toks: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 1 - MODAL_SCOPE; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word' || CLAUSE_BREAKS.has(t.lower)) return false;
    const next = toks[k + 1]!.lower;
    // (`is expected to tour damaged areas`: after `to` and its verb too.)
    if (!t.capital && (MODALS.has(t.lower) || t.lower === 'to') && bareVerbAt(toks, k + 1) && !SINGULAR_SUBJECTS.has(next) && !PLURAL_SUBJECTS.has(next) && k + 1 < i) {
      for (let j = k + 2; j < i; j++) if (toks[j]!.kind !== 'word' || CLAUSE_BREAKS.has(toks[j]!.lower)) return false;
      return true;
    }
  }
  return false;
}
/** Words that end a clause inside a sentence. */
const CLAUSE_BREAKS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'when', 'after', 'before', 'because', 'while', 'since', 'as', 'if', 'until']);

/** Conjunctions after a comma that open a clause of its own (`, and they should be up`). */
const COORDINATED_AFTER_COMMA = new Set(['and', 'but', 'so', 'yet']);
/** Tokens after such a conjunction within which its clause's verb stands (`, and they should`). */
const COORDINATED_VERB_REACH = 3;

/** Whether a verb cue stands within a few words from `at`, before any comma (`they should be up`, not `again on Friday,`). */
function verbSoonAfter(toks: readonly Token[], sent: Int32Array, at: number): boolean {
  for (let k = at; k < at + COORDINATED_VERB_REACH && k < toks.length && sent[k] === sent[at]; k++) {
    if (toks[k]!.kind !== 'word') return false;
    if (cue(toks, k) !== null) return true;
  }
  return false;
}

/** Prepositions after which an -ed word describes the noun that follows (`to exposed coasts`). */
const ADJECTIVE_PREPOSITIONS = new Set(['to', 'of', 'for', 'with', 'into', 'onto', 'across', 'from', 'among', 'toward', 'towards', 'over', 'under']);

/** Words that open a noun phrase after a verb (`plan a`, `plans the`). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'another', 'new', 'more', 'further']);
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it']);
const PLURAL_SUBJECTS = new Set(['they', 'we', 'i', 'you']);
/** Whether the word before a verb at `i` is a subject it agrees with (`researchers plan`, `she plans`). */
function subjectBefore(toks: readonly Token[], i: number, singular: boolean): boolean {
  const s = toks[i - 1];
  if (!s || s.kind !== 'word') return false;
  if (singular) return SINGULAR_SUBJECTS.has(s.lower);
  // (`The couple plan a honeymoon`, `the family plan a move`: a noun taken as many, after its determiner, opening the clause.)
  const opener = toks[i - 2];
  const openedAt = toks[i - 3];
  const opensClause = !openedAt || openedAt.kind !== 'word' || opener?.newline === true;
  if (!s.capital && opener !== undefined && (opener.lower === 'the' || opener.lower === 'their' || opener.lower === 'our') && opensClause) return true;
  return PLURAL_SUBJECTS.has(s.lower) || (!s.capital && endsLikePlural(s.lower));
}
/** Adverbs that may stand between a subject and its verb (`it now arrives`). */
const SUBJECT_ADVERBS = new Set(['now', 'also', 'still', 'often', 'usually', 'always', 'then', 'only', 'finally', 'even']);
/** Words in -s after he, she or it that are not a present verb. */
const NOT_PRESENT_S = new Set(['was', 'has', 'is', 'does', 'us', 'this', 'as', 'yes', 'always', 'perhaps', 'sometimes', 'thus', 'unless', 'whereas', 'besides', 'towards']);
/** Whether the word at `i` is a verb in -s after he, she or it (`it arrives`, `she now lives`). */
function isThirdPersonPresent(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const w = t.lower;
  if (t.capital || w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || NOT_PRESENT_S.has(w)) return false;
  let k = i - 1;
  if (SUBJECT_ADVERBS.has(toks[k]?.lower ?? '')) k--;
  const s = toks[k];
  // (`joined in 1979 and serves his last customers on Christmas Eve`: after `and`, a verb of its own before its object.)
  if (s?.lower === 'and' && k === i - 1 && OBJECT_OPENERS.has(toks[i + 1]?.lower ?? '') && !NOT_PRESENT_S.has(w)) return true;
  return s !== undefined && s.kind === 'word' && SINGULAR_SUBJECTS.has(s.lower);
}

/** Past forms that are also the bare verb (`set`, `cut`, `put`). */
const SAME_AS_BARE = new Set(['set', 'put', 'cut', 'hit', 'quit', 'let', 'shut', 'cost', 'spread', 'bet', 'bid', 'hurt', 'burst', 'cast', 'split']);
/** Determiners before which such a form is a noun (`the last set`, `a cut`). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'each', 'every', 'another']);
/** Adjectives of order between a determiner and such a noun (`the last set`, `the opening cut`). */
const ORDER_ADJECTIVES = new Set(['last', 'first', 'final', 'next', 'second', 'third', 'latest', 'opening', 'closing', 'previous']);
/** Words after which such a form is the bare verb. */
const BARE_LEADS = new Set(['and', 'or', 'to', 'not', 'never']);

/** Adverbs that may stand between an auxiliary and its verb. */
const AUX_ADVERBS = new Set(['since', 'already', 'just', 'also', 'now', 'recently', 'never', 'not', 'yet', 'still', 'finally', 'previously']);

const AUX_OR_PRONOUN = /^(is|are|was|were|be|been|being|has|have|had|he|she|it|they|we|i|you|who|which|that|and|or|but|not|never|also|then)$/;
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'some', 'all', 'any', 'each', 'every', 'one', 'two', 'three', 'about', 'around', 'more', 'less', 'than', 'date', 'which', 'what', 'whom']);



const WINDOW = 24;
/** Words that open a subordinate clause. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'because', 'while', 'although', 'though', 'unless', 'once', 'whereas']);
const DEADLINE = new Set(['by', 'before', 'until']);

/** Verbs that direct someone to do something: their infinitive (`urged them to leave`) lies ahead of them. */
const DIRECTIVES = new Set([
  'ordered', 'urged', 'asked', 'told', 'warned', 'advised', 'encouraged', 'instructed', 'invited', 'allowed', 'forced', 'called',
  'orders', 'urges', 'asks', 'tells', 'warns', 'advises', 'encourages', 'instructs', 'invites', 'allows', 'forces', 'calls',
]);

/** Whether the `to` at k follows a directive within three words (`warned passengers to`, `called on residents to`). */
function directed(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const w = toks[j]!;
    if (w.kind !== 'word') return false;
    if (DIRECTIVES.has(w.lower)) return true;
  }
  return false;
}

/** Prepositions that may open a sentence before its date (`In March the council said`). */
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'by', 'from', 'since', 'until', 'after', 'before', 'early', 'late']);
/** Words a subject may take between an opening date and its verb (`In March the city council said`). */
const OPENING_SUBJECT = 5;

/** Reporting verbs tell when something was said, not when it happens: used only when nothing else is found. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'reported', 'announced', 'added', 'stated', 'noted']);

/**
 * Codes of a token's cue in a cue memo (its low three bits, CUE_BITS): 0 not looked at yet, then null (NO_CUE) or a
 * tense. Above them, WORD_READ once the token's word was read for clauseCue's window scans, and STOP_WORD when it
 * may end one (a comma, a semicolon, a subordinator, `and`, `but`, `that`): most tokens of a window are then passed
 * over without a comparison of their spelling.
 */
const CUE_CODES: readonly (Tense | null)[] = [null, null, 'past', 'present', 'future', 'unknown'];
const CUE_CODE: Readonly<Record<Tense, number>> = { past: 2, present: 3, future: 4, unknown: 5 };
const CUE_BITS = 7;
const NO_CUE = 1;
const WORD_READ = 8;
const STOP_WORD = 16;

/** A token's cue, looked up in (or added to) `memo`, which holds one code per token: a cue depends on the tokens alone. */
/** Whether a token in [from, to) is a verb that tells a tense, or a comma or semicolon: a clause boundary between two dates. */
export function clauseBoundaryBetween(toks: readonly Token[], from: number, to: number, cues?: Int8Array): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!.text;
    if (t === ',' || t === ';' || memoCue(toks, k, cues) !== null) return true;
  }
  return false;
}

function memoCue(toks: readonly Token[], i: number, memo: Int8Array | undefined): Tense | null {
  if (!memo) return cue(toks, i);
  const code = memo[i]! & CUE_BITS;
  if (code !== 0) return CUE_CODES[code]!;
  const c = cue(toks, i);
  memo[i] = (memo[i]! & ~CUE_BITS) | (c === null ? NO_CUE : CUE_CODE[c]);
  return c;
}

/** Whether token k can end none of clauseCue's window scans (see STOP_WORD), read once per token into `memo`. */
function plainAt(toks: readonly Token[], k: number, memo: Int8Array): boolean {
  const m = memo[k]!;
  if ((m & WORD_READ) !== 0) return (m & STOP_WORD) === 0;
  const t = toks[k]!;
  const stop = t.text === ',' || t.text === ';' || SUBORDINATORS.has(t.lower) || t.lower === 'and' || t.lower === 'but' || t.lower === 'that';
  memo[k] = m | WORD_READ | (stop ? STOP_WORD : 0);
  return !stop;
}

/**
 * Tense of the clause around tokens [from, to): the nearest verb cue in the same sentence wins.
 * `cues`, when given, is a memo of one code per token (zeros at first) shared by the calls over the same
 * tokens, so that a token's cue is worked out once however many windows it falls in.
 */
/** Words a reporting verb may stand before the date it dates (`said in a statement Friday`). */
const SAYING_DETOUR = 6;
/** Prepositions of a date after a reduced relative clause's participle (`sown in October`). */
const REDUCED_PREPOSITIONS = new Set(['in', 'on', 'during', 'since']);
/** Words before a past form that make it no participle after a noun (`to be`, `will`, `it`, `and`). */
const NOT_A_NOUN = new Set(['to', 'be', 'will', 'would', 'ever', 'first', 'only', 'just', 'also', 'then', 'not', 'who', 'there', 'here', 'so', 'as', 'if']);
/** Tokens back from a date that the participle opening its aside may stand (`, sent to Congress on Jan. 29,`). */
const PARTICIPLE_ASIDE_REACH = 7;
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose']);
/** The date at `from` is in a relative clause opened by `, who` (or `which`...) since the last comma. */
function inRelativeAside(toks: readonly Token[], sent: Int32Array, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - WINDOW && sent[k] === sent[from]; k--) {
    const t = toks[k]!;
    if (t.text === ',' || t.text === ';') return false;
    if (RELATIVE_PRONOUNS.has(t.lower)) return toks[k - 1]?.text === ',';
  }
  return false;
}

export function clauseTense(toks: readonly Token[], sent: Int32Array, from: number, to: number, cues?: Int8Array): Tense {
  return clauseCue(toks, sent, from, to, cues).tense;
}

/** The tense of the clause around tokens [from, to) and the token that told it (-1 when no single verb did). */
export interface ClauseCue {
  tense: Tense;
  at: number;
}

/** The words between `had` and its participle (`had already left`, `had not been`). */
const PERFECT_ADVERBS = new Set(['already', 'just', 'also', 'never', 'not', 'since', 'long', 'previously', 'recently', 'once', 'still', 'earlier', 'first']);

/**
 * Whether the verb cue at `k` is a past perfect (`had blown`, `had already left`, `had been driven`): it tells of
 * a time before the story's, so a bare month in its clause may lie before the date the story has reached.
 */
export function isPastPerfectAt(toks: readonly Token[], k: number): boolean {
  return isPerfectAt(toks, k, PAST_PERFECT);
}

/** Whether the verb at `k` is a present perfect's (`has been declared`, `have closed`): `has` or `have` and a participle. */
export function isPresentPerfectAt(toks: readonly Token[], k: number): boolean {
  return isPerfectAt(toks, k, PRESENT_PERFECT);
}

const PAST_PERFECT: ReadonlySet<string> = new Set(['had']);
const PRESENT_PERFECT: ReadonlySet<string> = new Set(['has', 'have']);

/** Whether token `k` is one of `auxiliaries` before a participle (or `been`), or a participle after one of them. */
function isPerfectAt(toks: readonly Token[], k: number, auxiliaries: ReadonlySet<string>): boolean {
  const t = toks[k];
  if (!t) return false;
  let h = k;
  if (!auxiliaries.has(t.lower)) {
    // From the participle back to its auxiliary.
    h = k - 1;
    while (h >= 0 && PERFECT_ADVERBS.has(toks[h]!.lower)) h--;
    if (toks[h]?.lower === 'been') h--;
    return auxiliaries.has(toks[h]?.lower ?? '') && isPastVerb(t.lower);
  }
  let v = h + 1;
  while (v < toks.length && PERFECT_ADVERBS.has(toks[v]!.lower)) v++;
  const w = toks[v];
  return w !== undefined && w.kind === 'word' && !w.capital && (w.lower === 'been' || isPastVerb(w.lower));
}

/** Whether a verb cue lies within `rightEnd` tokens after `to` in sentence `s` (not an infinitive's `to`). */
function hasCueRight(toks: readonly Token[], sent: Int32Array, s: number, to: number, rightEnd: number, cues?: Int8Array): boolean {
  for (let d = 1; d <= rightEnd; d++) {
    const k = to - 1 + d;
    if (k >= toks.length || sent[k] !== s) return false;
    if (toks[k]!.lower !== 'to' && memoCue(toks, k, cues) !== null) return true;
  }
  return false;
}

/** Subordinators of time or condition, whose clause tells the future in the present tense (`if it passes on Thursday`). */
const TIME_OR_CONDITION = new Set(['if', 'unless', 'once', 'when', 'until', 'till', 'before', 'after']);
/** Tokens scanned back from a clause's verb or date for its subordinator. */
const SUBORDINATOR_REACH = 6;

/**
 * The subordinator of time or condition that opens the clause of token `at`, a few tokens before it with no comma
 * between, or -1. A present verb between it and the date tells the future (`If it passes on Thursday, building could
 * start`, `until it reopens on Monday`); not the main clause's (`If you are planning the walk, go in June`, and
 * `before Friday's purchases is`, where `before` is a preposition and the verb comes after the date).
 */
function subordinatorOf(toks: readonly Token[], sent: Int32Array, at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - SUBORDINATOR_REACH && sent[k] === sent[at]; k--) {
    const w = toks[k]!;
    if (w.text === ',' || w.text === ';' || w.text === ':') return -1;
    if (TIME_OR_CONDITION.has(w.lower)) return k;
  }
  return -1;
}

/** Whether the present verb at `k` lies between a subordinator of time or condition and the date at `from`, in one clause. */
function presentForFuture(toks: readonly Token[], sent: Int32Array, k: number, from: number): boolean {
  if (k >= from) return false;
  const sub = subordinatorOf(toks, sent, from);
  return sub >= 0 && sub < k;
}

/** Verbs of having or being given time now, before `until` and its bound (`has until Friday`, `are given until May`). */
const GRANTED_NOW: ReadonlySet<string> = /* @__PURE__ */ new Set(['has', 'have', 'get', 'gets', 'given']);

export function clauseCue(toks: readonly Token[], sent: Int32Array, from: number, to: number, cues?: Int8Array): ClauseCue {
  const s = sent[from]!;
  // Right before the date: `effective Feb. 1` looks ahead; `, announced Friday,` is a past participle dating its happening.
  const leadAt = toks[from - 1]?.lower === 'on' ? from - 2 : from - 1;
  const lead = toks[leadAt];
  if (lead && sent[from - 1] === s) {
    if (lead.lower === 'effective' || lead.lower === 'starting' || lead.lower === 'beginning') return { tense: 'future', at: -1 };
    // `a trial that had been listed for January`, `postponed until March`: a date set for later, whatever the tense
    // of the setting, is the nearest one.
    // `The hall is booked on Friday`, `is fully booked on Saturday`: a day set now, `on` its day, lies ahead.
    if (leadAt === from - 2 && SCHEDULING.has(lead.lower) && !lead.capital && settingIsPresent(toks, leadAt)) return { tense: 'future', at: -1 };
    // `Halberd has until 5pm on Wednesday to bid`, `tenants are given until March`: a time granted now runs to a bound ahead.
    if ((lead.lower === 'until' || lead.lower === 'till') && GRANTED_NOW.has(toks[leadAt - 1]?.lower ?? '')) return { tense: 'future', at: -1 };
    if (lead.lower === 'for' || lead.lower === 'until' || lead.lower === 'to') {
      const setting = settingVerbBefore(toks, sent, leadAt);
      // (... and one set now, `I have booked a room for June`, `the vote is set for March`, lies ahead of now.)
      if (setting >= 0) return { tense: settingIsPresent(toks, setting) ? 'future' : 'unknown', at: -1 };
    }
    // `The next bulletin, covering October, will be published`: an -ing aside set off by a comma tells no tense of its own.
    if (lead.kind === 'word' && !lead.capital && lead.lower.length >= 6 && lead.lower.endsWith('ing') && toks[leadAt - 1]?.text === ',' && leadAt === from - 1) return { tense: 'unknown', at: -1 };
    // `, announced Friday,`, `Adu, signed on Tuesday after ...`: a participle set off by a comma.
    if (lead.kind === 'word' && !lead.capital && lead.lower.length >= 5 && lead.lower.endsWith('ed') && !NOT_PAST_ED.has(lead.lower) && !PLAN_WORDS.has(lead.lower) && toks[leadAt - 1]?.text === ',') return { tense: 'past', at: -1 };
  }
  // `Sweet peas sown in October are ready by Easter`, `Bulbs planted in 2019 flowered`: a past participle right after
  // its noun, before the date's preposition, is a reduced relative clause that tells the past (not after an auxiliary,
  // `will be planted in May`, nor a plan's, `the vote scheduled for March`).
  if (REDUCED_PREPOSITIONS.has(toks[from - 1]?.lower ?? '')) {
    const participle = toks[from - 2];
    const noun = toks[from - 3];
    if (participle && noun && sent[from - 3] === s && participle.kind === 'word' && !participle.capital && noun.kind === 'word'
      && isPastVerb(participle.lower) && !PLAN_WORDS.has(participle.lower) && !NOT_PAST_ED.has(participle.lower)
      && !AUX_OR_PRONOUN.test(noun.lower) && !MODALS.has(noun.lower) && !COPULAS.has(noun.lower) && !NOT_A_NOUN.has(noun.lower)) {
      return { tense: 'past', at: -1 };
    }
  }
  // `The plan, sent to Congress on Jan. 29, would hold ...`: a past participle opening an aside set off by commas dates
  // its own happening in the past, whatever the main clause says (not a plan's: `, expected on Monday,`).
  if (toks[to]?.text === ',') {
    for (let k = from - 1; k >= from - PARTICIPLE_ASIDE_REACH && k > 0 && sent[k] === s; k--) {
      const t = toks[k]!;
      if (t.text === ',' || t.text === ';' || t.text === ':') break;
      if (toks[k - 1]!.text !== ',' || t.kind !== 'word' || t.capital) continue;
      if (isPastVerb(t.lower) && !PLAN_WORDS.has(t.lower) && !NOT_PAST_ED.has(t.lower)) return { tense: 'past', at: -1 };
      break;
    }
  }
  // `said in a statement Friday`, `told the Commons on Tuesday`: a reporting verb a short detour before the
  // date dates the saying, whatever the reported clause after it says.
  for (let k = from - 1; k >= from - SAYING_DETOUR && k >= 0 && sent[k] === s; k--) {
    const x = toks[k]!;
    if (x.kind !== 'word' || x.lower === 'that' || (x.capital && toks[k - 1]?.lower !== 'the' && !REPORTING.has(x.lower))) break;
    // `said traffic would stay high through ...`: a verb of its own between makes it the reported clause's date.
    if (!REPORTING.has(x.lower) && memoCue(toks, k, cues) !== null) break;
    if (REPORTING.has(x.lower) && k < from - 3) {
      const c = memoCue(toks, k, cues);
      if (c) return { tense: c, at: k };
    }
  }
  // `In March the council said the wall would ...`, `On Monday, officials said ...`: a date that opens its sentence
  // dates the main clause; when that clause's first verb reports, the saying is what it dates.
  const opener = toks[from - 1] !== undefined && sent[from - 1] === s && OPENING_PREPOSITIONS.has(toks[from - 1]!.lower) ? from - 1 : from;
  if (opener === 0 || sent[opener - 1] !== s) {
    for (let k = to, words = 0; k < toks.length && sent[k] === s && words <= OPENING_SUBJECT; k++) {
      const x = toks[k]!;
      // (`On Friday, in a statement, the council said`: an aside set off by commas may stand before the subject.)
      if (x.text === ',') continue;
      if (x.kind !== 'word') break;
      const c = memoCue(toks, k, cues);
      if (c) {
        if (REPORTING.has(x.lower)) return { tense: c, at: k };
        break;
      }
      words++;
    }
  }
  // `Sunday night could be the coldest of the winter`: a day that is the subject of a `could be` or `may be` is foretold.
  if (opener === from && (from === 0 || sent[from - 1] !== s) && POSSIBILITY.has(toks[to]?.lower ?? '') && toks[to + 1]?.lower === 'be' && sent[to] === s) {
    return { tense: 'future', at: to };
  }
  let weak: ClauseCue | null = null;
  // A subordinate clause that follows the date with no comma between (`from the summer after councillors
  // approved`) has its own tense: the scan to the right stops there.
  let rightEnd = WINDOW;
  // So has a coordinated clause with its own verb (`cancelled services for Friday and warned passengers`).
  for (let d = 1; d <= WINDOW; d++) {
    const t = toks[to - 1 + d];
    // (A token of the sentence that is none of the words below: on to the next.)
    if (cues !== undefined && t !== undefined && sent[to - 1 + d] === s && plainAt(toks, to - 1 + d, cues)) continue;
    // A relative clause set off by commas (`Ruiz, who took over in January, will present`) has its own tense.
    if (t?.text === ',' && inRelativeAside(toks, sent, from)) { rightEnd = d - 1; break; }
    // So has one after `, and` (`I sowed them on Tuesday, and they should be up within ten days`).
    if (t?.text === ',' && COORDINATED_AFTER_COMMA.has(toks[to + d]?.lower ?? '') && sent[to + d] === s && verbSoonAfter(toks, sent, to + d + 1)) { rightEnd = d - 1; break; }
    if (!t || sent[to - 1 + d] !== s || t.text === ',' || t.text === ';') break;
    if (SUBORDINATORS.has(t.lower) || ((t.lower === 'and' || t.lower === 'but') && cue(toks, to + d) !== null)) { rightEnd = d - 1; break; }
    // `warnings from Moscow on Thursday that air strikes could harm ...`: a `that` clause after the date is another clause.
    if (t.lower === 'that') { rightEnd = d - 1; break; }
  }
  // A date that opens a coordinated clause (`resolved to retake it, and by the end of April his army had gathered`) takes
  // that clause's verb: the scan to the left stops at `, and`, unless the clause shows no verb to the right.
  let leftEnd = WINDOW;
  for (let d = 1; d <= WINDOW; d++) {
    const k = from - d;
    if (k < 1 || sent[k] !== s) break;
    if (cues !== undefined && plainAt(toks, k, cues)) continue;
    if ((toks[k]!.lower === 'and' || toks[k]!.lower === 'but') && toks[k - 1]!.text === ',') { leftEnd = d - 1; break; }
  }
  // `President Bush on Tuesday said the United States may ...`: a reporting verb right after the date dates the saying.
  const next = toks[to];
  if (next && sent[to] === s && REPORTING.has(next.lower) && toks[from - 1]?.lower === 'on') {
    const c = memoCue(toks, to, cues);
    if (c) return { tense: c, at: to };
  }
  const rightCue = leftEnd < WINDOW && hasCueRight(toks, sent, s, to, rightEnd, cues);
  // The window's tokens, nearest first and the left one first at one distance: `dl` and `dr` are the next distances on
  // each side (Infinity past the side's end). A token known to give no cue gives none, `to` or not (the checks below all
  // want one): each side's scan passes over such tokens in a tight loop (most tokens of a window full of dates).
  // (Each side's last distance in the window and in the sentence, found once: sentence numbers only grow.)
  let leftMax = rightCue ? Math.min(leftEnd, WINDOW) : WINDOW;
  leftMax = Math.min(leftMax, from);
  while (leftMax > 0 && sent[from - leftMax] !== s) leftMax--;
  let rightMax = Math.min(rightEnd, toks.length - to);
  while (rightMax > 0 && sent[to - 1 + rightMax] !== s) rightMax--;
  let dl = 1;
  let dr = 1;
  for (;;) {
    if (cues !== undefined) {
      while (dl <= leftMax && (cues[from - dl]! & CUE_BITS) === NO_CUE) dl++;
      while (dr <= rightMax && (cues[to - 1 + dr]! & CUE_BITS) === NO_CUE) dr++;
    }
    if (dl > leftMax) dl = Infinity;
    if (dr > rightMax) dr = Infinity;
    if (dl === Infinity && dr === Infinity) break;
    const side = dl <= dr ? 0 : 1;
    const k = side === 0 ? from - dl++ : to - 1 + dr++;
    // An infinitive after the date (`worked late Thursday to settle`) is a purpose, not the date's tense.
    // Before it, only a deadline reads ahead (`ordered them to file by Friday`); `scored to beat them on Saturday` does not.
    // After a directive (`warned passengers to check before travelling over the weekend`), the infinitive looks ahead.
    if (toks[k]!.lower === 'to' && side === 0 && directed(toks, k) && cue(toks, k) === 'future') return { tense: 'future', at: k };
    if (toks[k]!.lower === 'to' && (side === 1 || !DEADLINE.has(toks[from - 1]?.lower ?? ''))) continue;
    const c = memoCue(toks, k, cues);
    if (!c) continue;
    if (!REPORTING.has(toks[k]!.lower)) return { tense: c === 'present' && presentForFuture(toks, sent, k, from) ? 'future' : c, at: k };
    // `officials said Tuesday (that)...`: a reporting verb right before the date dates the saying.
    // ... also past its hearers: `told reporters Tuesday`, `told parliament on Monday`.
    if (k >= from - 3 && k < from && toks.slice(k + 1, from).every((x) => x.kind === 'word' && x.lower !== 'that' && !x.capital)) return { tense: c, at: k };
    weak ??= { tense: c, at: k };
  }
  return weak ?? { tense: 'unknown', at: -1 };
}

