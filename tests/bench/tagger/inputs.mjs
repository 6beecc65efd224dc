// Hostile inputs for the tagger: the shapes that made peer date parsers go super-linear
// (see reliability notes: chrono-node #382 and #399, moment/luxon `(`.repeat). Pure, deterministic.
import { makeRng } from '../element/data.mjs';

/** Repeats `unit` to exactly `size` characters. */
export function fill(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** One long whitespace run between each pair of tokens: `second` + spaces + `fourth` + spaces ... */
function spacedTokens(tokens, size, runs = 2) {
  const words = tokens.join('').length;
  const gap = Math.max(1, Math.floor((size - words) / Math.max(1, runs * tokens.length)));
  let out = '';
  for (let r = 0; r < runs; r++) for (const t of tokens) out += t + ' '.repeat(gap);
  return fill(out, size);
}

/** Adversarial input families: name -> (size) => text of that many characters. */
export const ADVERSARIAL = {
  'digits': (n) => '9'.repeat(n),
  'digit groups': (n) => fill('12 345 6789 1998 ', n),
  'digits+separators': (n) => fill('1/2-3.4,5:6/', n),
  'separators': (n) => fill('-/.,:;', n),
  'month names': (n) => fill('January February March ', n),
  'month-day-year soup': (n) => fill('Jan. 4, 2022, Jan 4 2022 4 January ', n),
  'open parens': (n) => '('.repeat(n),
  'space runs between tokens': (n) => fill(`in 5${' '.repeat(200)}days${' '.repeat(200)}ago `, n),
  'second ... fourth': (n) => spacedTokens(['second', 'fourth'], n, 1),
  'weekday/unit soup': (n) => fill('last Friday next week two days later a day earlier ', n),
  'newlines': (n) => fill('2022\n\n', n),
  // One sentence without end, full of clause words, quotations and dates: the event builder's worst case.
  'one endless sentence': (n) => fill('after Monday, when 2024 ended, who said "but not" since that week and ', n),
};

// Ordinary text, the shapes that a long article or a careless paste gives (issue 13): none is hostile by
// itself, but a step that is linear per sentence and runs once per sentence makes them quadratic.

/** A small deterministic generator, so the prose is the same on every run. */
const rng = makeRng;

const PEOPLE = ['The mayor', 'Ms. Alvarez', 'The minister', 'A spokesman for the council', 'Dr. Okafor', 'The company', 'Police', 'Residents', 'The union', 'Mr. Lindqvist'];
const VERBS = ['said', 'announced', 'confirmed', 'denied', 'warned', 'argued', 'told reporters'];
const THINGS = ['the bridge would reopen', 'the budget had been approved', 'talks would resume', 'the plant would close', 'the vote was delayed', 'the road was flooded', 'the contract was signed', 'the report was published'];
const PLAIN = ['The decision drew criticism from opposition parties, who called it rushed.', 'Traffic was diverted through the town centre while engineers inspected the damage.',
  'Several shops stayed closed, and some families were moved to a school gym.', 'The figures were higher than most analysts had expected.',
  'Critics said the plan did not go far enough, but supporters welcomed it.', 'It was not clear how many people would be affected.',
  'The agency declined to comment further, citing the ongoing investigation.', 'Local newspapers carried the story on their front pages.'];
const WHENS = ['on Monday', 'last week', 'on 4 March 2021', 'in June', 'two days later', 'on Jan. 12', 'by the end of the year', 'in 2019', 'the next morning', 'earlier this month'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** News-like paragraphs of mostly undated sentences with a few dates, varied, `size` characters long. */
function prose(size, { dated = true, seed = 13, headlines = false } = {}) {
  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const parts = [];
  let length = 0;
  let story = 0;
  while (length < size) {
    let para = '';
    if (headlines && story % 6 === 0) {
      const year = 1990 + Math.floor(rand() * 35);
      para += `${pick(PEOPLE).replace(/^The /, '')} ${pick(VERBS)} ${pick(THINGS)}\n\n${MONTHS[Math.floor(rand() * 12)]} ${1 + Math.floor(rand() * 28)}, ${year} (Reuters) - `;
    }
    const sentences = 3 + Math.floor(rand() * 4);
    for (let s = 0; s < sentences; s++) {
      const r = rand();
      if (dated && r < 0.3) para += `${pick(PEOPLE)} ${pick(VERBS)} ${pick(WHENS)} that ${pick(THINGS)}. `;
      else if (r < 0.55) para += `${pick(PEOPLE)} ${pick(VERBS)} that ${pick(THINGS)}. `;
      else if (r < 0.65) para += `"We expect that ${pick(THINGS)}," ${pick(PEOPLE).replace(/^(The|A) /, (m) => m.toLowerCase())} said. `;
      else para += `${pick(PLAIN)} `;
    }
    parts.push(para.trimEnd());
    length += parts[parts.length - 1].length + (parts.length > 1 ? 2 : 0);
    story++;
  }
  return parts.join('\n\n').slice(0, size);
}

/** Ordinary text families for the whole pipeline (`--taggers extract`). */
export const ORDINARY = {
  'long ordinary prose': (n) => prose(n),
  'one dated sentence repeated': (n) => fill('On 4 March 2021 the council approved the new budget after a long debate. ', n),
  'abbreviation soup': (n) => fill('Mr. Dr. Jan. U.S. St. Inc. Gen. Sept. a.m. p.m. e.g. i.e. No. Co. Ltd. Mt. ', n),
  'undated text': (n) => prose(n, { dated: false, seed: 7 }),
  'news prose': (n) => prose(n, { seed: 29, headlines: true }),
  // Many dated happenings, each followed by an undated sentence with a duration of the same verb and noun:
  // every such sentence looked through every event (quadratic) until the events were indexed by stem.
  'durations told elsewhere': (n) => {
    let out = '';
    for (let i = 0; out.length < n; i++) out += `On ${(i % 28) + 1} ${MONTHS[Math.floor(i / 28) % 12]} ${1950 + Math.floor(i / 336)} the council declared a curfew in district ${i}. Officials declared a two-week curfew. `;
    return out.slice(0, n);
  },
};
Object.assign(ADVERSARIAL, ORDINARY);
