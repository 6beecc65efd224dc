/**
 * A biography's life dates: `Tobias Wrenfield (14 March 1823 – 2 June 1891) was an English chemist`, `Ada Brennan
 * (born 1950) is ...`. A later sentence that tells the birth or the death without a date of its own (`He died at his
 * home in Harrogate.`) happened on that date.
 */
import type { Timex } from '../model/types.js';
import type { Clause } from '../text/clauses.js';
import type { TextSpan } from '../model/types.js';

export interface LifeDates {
  born: Timex | null;
  died: Timex | null;
  /** The words of the name before the brackets (`Tobias`, `Wrenfield`), for a subject that repeats it. */
  names: readonly string[];
  /** The name as written before the brackets, particles and all (`Piet van Loon`). */
  name: string;
}

/** How long the brackets may run, and a note before their dates (`née Cole;`). */
const BRACKET_ROOM = 110;
const NOTE_ROOM = 40;
/** How far into the opening sentence the brackets may open: after a name, not deep in the sentence. */
const NAME_ROOM = 120;
/** What may stand in the brackets besides the dates: a dash between them, `born`/`b.`, `died`/`d.`, a comma. */
const BRACKET_WORDS = /^[\s,;–—-]*(?:(?:born|b\.|died|d\.|c\.|circa|ca\.)\s{0,3})?$/i;

/** Particles a name may hold (`Ludwig van Beethoven`, `Leonardo da Vinci`). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'da', 'di', 'la', 'le', 'du', 'of']);

/**
 * The capitalized words that end `before`, right before the brackets ([] when it does not end on a name), and the
 * name as written, with the particles between them.
 */
function nameBefore(before: string): { names: string[]; name: string } {
  if (!/\s$/.test(before)) return { names: [], name: '' };
  const words = before.trim().split(/\s+/);
  const out: string[] = [];
  let first = words.length;
  for (let k = words.length - 1; k >= 0 && out.length < 6; k--) {
    const w = words[k]!;
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(w)) { out.unshift(w); first = k; }
    else if (NAME_PARTICLES.has(w) && out.length > 0) continue;
    else break;
  }
  return { names: out, name: words.slice(first).join(' ') };
}

/** The life dates in brackets right after the name that opens `lead` (the text's first sentence), or null. */
export function lifeDatesOf(text: string, lead: TextSpan, dates: readonly Timex[]): LifeDates | null {
  const open = text.indexOf('(', lead.start);
  if (open < 0 || open >= Math.min(lead.end, lead.start + NAME_ROOM)) return null;
  const close = text.indexOf(')', open);
  if (close < 0 || close > lead.end || close - open > BRACKET_ROOM) return null;
  const { names, name } = nameBefore(text.slice(Math.max(lead.start, open - 90), open));
  if (names.length === 0) return null;
  const inside = dates.filter((t) => t.start > open && t.end <= close && (t.type === 'DATE' || t.type === 'TIME') && /^(?:BC)?\d{4}/.test(t.value));
  if (inside.length === 0 || inside.length > 2) return null;
  // Nothing but the dates and their marks: `(1823–1891)`, `(born 12 May 1950)`, `(d. 1642)`; after a note set off by a
  // semicolon, as a birth name or another spelling is (`(née Cole; 4 May 1921 – 17 January 2009)`).
  const note = text.lastIndexOf(';', inside[0]!.start);
  let at = note > open ? note + 1 : open + 1;
  if (note > open && note - open > NOTE_ROOM) return null;
  for (const t of inside) {
    if (!BRACKET_WORDS.test(text.slice(at, t.start))) return null;
    at = t.end;
  }
  if (!/^[\s,.;]*$/.test(text.slice(at, close))) return null;
  const before = text.slice(note > open ? note + 1 : open + 1, inside[0]!.start).toLowerCase();
  if (inside.length === 2) return { born: inside[0]!, died: inside[1]!, names, name };
  if (/\b(?:died|d\.)/.test(before)) return { born: null, died: inside[0]!, names, name };
  return /\b(?:born|b\.)/.test(before) ? { born: inside[0]!, died: null, names, name } : null;
}

/** Personal pronouns that stand for the person a biography is about. */
const PERSON_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * Whether the clause tells the person's birth or death (`He died at his home`, `Wrenfield was born in Leeds`):
 * its verb is `died` or `was born` and its subject a pronoun or a word of the name.
 */
export function lifeEventOf(text: string, clause: Clause, life: LifeDates): Timex | null {
  const verb = clause.verb;
  const subject = clause.subject?.text;
  if (!verb || !subject || clause.kind !== 'main') return null;
  const words = subject.split(/\s+/);
  const person = (words.length === 1 && PERSON_PRONOUNS.has(words[0]!.toLowerCase())) || (words.length <= 4 && words.every((w) => life.names.includes(w)));
  if (!person) return null;
  const group = text.slice(verb.start, verb.end).toLowerCase();
  if (verb.head === 'died' && /^died$/.test(group)) return life.died;
  if ((/^(?:was|were)\s{1,3}born$/.test(group) || (/^(?:was|were)$/.test(group) && /^\s{1,3}born\b/.test(text.slice(verb.end, verb.end + 8))))) return life.born;
  return null;
}
