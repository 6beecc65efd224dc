/**
 * People a text names: a name after a role word or an honorific (`chief executive Priya Ramaswamy`, `Mrs Pomfrey`,
 * `Judge Okafor`). A pronoun must agree with what it stands for: `it` is never one of them
 * (`Ramaswamy said it would go on sale`: `it` is the product, not Ramaswamy).
 */

/** Role words and honorifics that stand before a person's name. */
const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lady', 'lord', 'president', 'minister', 'secretary', 'chancellor', 'premier', 'king',
  'queen', 'prince', 'princess', 'chairman', 'chairwoman', 'executive', 'ceo', 'cfo', 'director', 'governor', 'senator', 'sen', 'rep',
  'mayor', 'judge', 'justice', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'coach', 'captain', 'founder',
  'co-founder', 'professor', 'prof', 'doctor', 'lawyer', 'attorney', 'pope', 'archbishop', 'bishop', 'analyst', 'economist',
]);
/** How many capitalized words a name after a title may have. */
const NAME_WORDS = 3;

/** Words of a text with where they start and end. */
const WORD = /[\p{L}][\p{L}'’.-]*/gu;

/** The surnames (last words, lower case) of the people `text` names after a role word or an honorific. */
export function personNames(text: string): Set<string> {
  const names = new Set<string>();
  const words = [...text.matchAll(WORD)];
  for (let k = 0; k < words.length; k++) {
    if (!PERSON_TITLES.has(words[k]![0].toLowerCase().replace(/\.$/, ''))) continue;
    let last = '';
    for (let j = k + 1; j <= k + NAME_WORDS && j < words.length; j++) {
      const w = words[j]!;
      const prev = words[j - 1]!;
      // One name: capitalized words with nothing but a space between them.
      if (!/^\p{Lu}/u.test(w[0]) || !/^\s{1,2}$/.test(text.slice(prev.index + prev[0].length, w.index)) || PERSON_TITLES.has(w[0].toLowerCase())) break;
      last = w[0];
    }
    if (last) names.add(last.toLowerCase().replace(/['’]s$/, ''));
  }
  return names;
}

/** Whether `name` (a subject's words) is one of the people named: its last word is a known surname. */
export function namesPerson(name: string, people: ReadonlySet<string>): boolean {
  const last = name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return people.has(last);
}
