/**
 * Closed-class English word lists shared by the tagger and event extraction: auxiliaries, modals,
 * determiners, pronouns, prepositions, connectives, reporting verbs and irregular verb forms.
 * One place for each list; every list is a lower-case Set.
 */
import { wordSet, wordTable } from './table.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Modal verbs: what they govern has not (yet) happened. */
export const MODALS = /* @__PURE__ */ words('would could may might must should can shall will');

/** Forms of be, have and do that head a verb group. */
export const AUXILIARIES = /* @__PURE__ */ words('is are am was were be been being has have had having do does did');

/** Verbs that link a subject to a state (`will stay closed`, `became president`). */
export const COPULAS = /* @__PURE__ */ words('stay stays stayed remain remains remained keep keeps kept get gets got become becomes became seem seems seemed');

export const NEGATIONS = /* @__PURE__ */ words('not never no');

export const DETERMINERS = /* @__PURE__ */ words('the a an its their his her our my your this that these those some any each every another');

export const PRONOUNS = /* @__PURE__ */ words('he she it they we i you');

/** Numbers in words that open a noun phrase (`hires six people`, `employs dozens of staff`). */
export const NUMBER_WORDS = /* @__PURE__ */ words('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousands millions dozens several');

export const PREPOSITIONS = /* @__PURE__ */ words(
  'in on at for with by from to of into onto over under about after before during since until till through throughout within without between among against toward towards across amid amidst despite near outside inside beyond via per upon behind along around than like',
);

/** Conjunctions that open a subordinate clause. */
export const SUBORDINATORS = /* @__PURE__ */ words('after before when while whereas although though because since until till unless if once as whenever');

export const RELATIVES = /* @__PURE__ */ words('who whom whose which where');

export const COORDINATORS = /* @__PURE__ */ words('and but or yet so nor');

/**
 * Function words: the words that may follow a date phrase and go on with the clause (`in March of 90 the ...`,
 * `on Friday last when ...`), where a content word would take the phrase's last word as its own.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = /* @__PURE__ */ wordSet(DETERMINERS, PRONOUNS, AUXILIARIES, MODALS, COORDINATORS, PREPOSITIONS, SUBORDINATORS, RELATIVES);

/** Verbs that report speech or findings: what follows is what was said. */
export const REPORTING_VERBS = /* @__PURE__ */ words(
  'said says say saying told tells tell telling added adds noted notes wrote writes reported reports stated states confirmed confirms warned warns announced announces claimed claims insisted insists argued argues explained explains acknowledged acknowledges estimated estimates predicted predicts showed shows suggested suggests indicated indicates denied denies disclosed discloses revealed reveals stressed stresses emphasized emphasizes recalled recalls pointed points believes believe',
);

/** Reporting verbs whose saying is news of its own (an announcement makes something happen). */
export const ANNOUNCING_VERBS = /* @__PURE__ */ words('announced announces unveiled unveils declared declares launched launches issued issues released releases ordered orders proposed proposes');

/** Irregular past forms (regular ones end in -ed). */
export const IRREGULAR_PAST = /* @__PURE__ */ words(
  'went took made won lost became began sold bought left met held ran came gave got saw fell rose paid led spent built struck broke chose grew kept told wrote quit spoke sent said found thought knew brought drove flew fought stood shot hit set put cut hung drew threw sank swore wore tore forgot overtook undertook withdrew oversaw burst cast hurt let shut spread split bet bid cost dealt felt fled lent meant paid sought sped struck taught wept wound froze shook slid sang rang swam hid bit lay sat slept woke stole lit fed dug clung stuck swung bent bound laid shone shrank sprang strode arose awoke forbade forgave spun wove beat sank stank blew bled crept leapt knelt rode swept trod strove bred heard caught understood',
);

/** Irregular participles in -ing and their past forms. */
export const IRREGULAR_ING_PAST: Readonly<Record<string, string>> = /* @__PURE__ */ wordTable({
  leaving: 'left', taking: 'took', making: 'made', becoming: 'became', winning: 'won', losing: 'lost', getting: 'got',
  giving: 'gave', going: 'went', coming: 'came', running: 'ran', selling: 'sold', buying: 'bought', meeting: 'met',
  holding: 'held', building: 'built', spending: 'spent', leading: 'led', paying: 'paid', telling: 'told', writing: 'wrote',
  beginning: 'began', seeing: 'saw', finding: 'found', keeping: 'kept', bringing: 'brought', teaching: 'taught',
  fighting: 'fought', falling: 'fell', rising: 'rose', choosing: 'chose', flying: 'flew', driving: 'drove',
  speaking: 'spoke', breaking: 'broke', putting: 'put', setting: 'set', cutting: 'cut', hitting: 'hit', quitting: 'quit',
  sitting: 'sat', standing: 'stood', being: 'was', having: 'had', doing: 'did', saying: 'said',
});

/** Words in -ed that are not past verbs. */
export const NOT_PAST_ED = /* @__PURE__ */ words(
  'advanced ahead armed based bed bred breed concerned detailed embed exceed feed fled greed hundred indeed instead interested limited need proceed red related seed self shed shred sled sped speed succeed supposed united wed weed',
);

/** Present-tense verbs common in news that a suffix rule would miss. */
export const PRESENT_VERBS = /* @__PURE__ */ words('is are am says say seeks wants hopes aims needs faces remains urges asks plans expects intends has have does');

/** Role words before a name (`President`, `Prime Minister`): a subject may drop them. */
export const ROLE_WORDS = /* @__PURE__ */ words(
  'president vice prime minister secretary chancellor premier king queen prince princess chairman chairwoman chair chief executive ceo cfo director governor senator sen rep representative mayor general gen judge justice ambassador spokesman spokeswoman spokesperson commissioner leader coach manager captain striker defender midfielder goalkeeper founder co-founder professor prof dr doctor officer analyst economist lawyer attorney pope archbishop bishop foreign defense defence finance interior state deputy acting former',
);

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS = /* @__PURE__ */ words(
  'mr mrs ms dr st jr sr gen gov sen rep prof inc corp co ltd vs jan feb mar apr jun jul aug sep sept oct nov dec no col lt sgt capt ca circ rev',
);

/** Month names, lower case, full and abbreviated. */
export const MONTH_WORDS = /* @__PURE__ */ words('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec');

/** Irregular past participles (`had risen`, `was taken`). */
export const IRREGULAR_PARTICIPLES = /* @__PURE__ */ words(
  'risen fallen taken given seen been done gone grown known shown written driven spoken broken chosen begun won lost sold bought held met paid led spent built struck kept told sent found brought fought stood shot hit set put cut flown drawn thrown sworn worn torn forgotten withdrawn overseen undertaken overtaken frozen stolen hidden shaken bitten eaten ridden woken sung rung sunk swum blown beaten forbidden forgiven proven arisen undergone sown mown sewn hewn strewn heard caught understood',
);

/** True for a lower-case word that is a past verb form or past participle (`declared`, `took`, `risen`). */
export function isPastVerb(lower: string): boolean {
  return IRREGULAR_PAST.has(lower) || IRREGULAR_PARTICIPLES.has(lower) || (lower.length >= 4 && lower.endsWith('ed') && !NOT_PAST_ED.has(lower)) || prefixedIrregular(lower);
}

/** Prefixes before an irregular past or participle (`rebuilt`, `rewritten`, `withheld`, `underwent`). */
const VERB_PREFIXES = ['re', 'over', 'under', 'mis', 'with', 'up'];

/** `rebuilt`, `upheld`: a prefix and an irregular form of four letters or more (not `relay`, `resent` read apart). */
function prefixedIrregular(lower: string): boolean {
  if (lower.length < 6) return false;
  for (const p of VERB_PREFIXES) {
    if (!lower.startsWith(p)) continue;
    const rest = lower.slice(p.length);
    if (rest.length >= 4 && rest !== 'sent' && rest !== 'bound' && rest !== 'lent' && (IRREGULAR_PAST.has(rest) || IRREGULAR_PARTICIPLES.has(rest))) return true;
  }
  return false;
}

/** `moving` -> `moved`, `studying` -> `studied`, `agreeing` -> `agreed`, `leaving` -> `left`. */
export function pastOfParticiple(ing: string): string {
  const irregular = IRREGULAR_ING_PAST[ing];
  if (irregular) return irregular;
  const stem = ing.slice(0, -3);
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  if (stem.endsWith('e')) return `${stem}d`;
  return `${stem}ed`;
}

/** A crude stem for comparing verb and noun forms (`declared`, `declares`, `declaring` -> `declar`). */
export function stem(word: string): string {
  const w = word.toLowerCase();
  return w.length > 4 ? w.replace(/(?:ing|ed|es|s|e)$/, '') : w;
}

/** `the quarter (that) ended Sept. 30`: the words between a quarter and the date that closes it. */
export const QUARTER_CLOSED_BY = /^\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:ended|ending|ends|closed|through)\s{1,3}(?:on\s{1,3})?$/;
