// Titles on constructions met in fresh news text: dated nouns, verb particles, relative clauses.
import { describe, expect, it } from 'vitest';
import { makeTitle } from '../../../src/events/title.js';

/** Title of the happening dated by `focus` inside `window` (a substring of the sentence, default whole). */
const title = (sentence: string, focus: string, window = sentence, others: string[] = []): string => {
  const at = (t: string) => ({ start: sentence.indexOf(t), end: sentence.indexOf(t) + t.length });
  const w = at(window);
  return makeTitle({ text: sentence, sentence: { start: 0, end: sentence.length }, window: w, remove: [at(focus), ...others.map(at)], focus: at(focus) });
};

describe('makeTitle on fresh news constructions', () => {
  it('keeps a date that modifies a noun after `the`', () => {
    expect(title('The lawsuit seeks a new map before the Nov. 5 general election.', 'Nov. 5')).toBe('The lawsuit seeks a new map before the Nov. 5 general election');
    expect(title('A City win would set up a rematch of the 2019 final.', '2019')).toBe('A City win would set up a rematch of the 2019 final');
  });

  it('still cuts `in the 1990s` and `on the 4th` as adverbials', () => {
    expect(title('Prices rose in the 1990s when demand grew.', 'the 1990s')).toBe('Prices rose when demand grew');
  });

  it('keeps a verb particle `over` out of the cut adverbial', () => {
    expect(title('Lindgren took over in the summer of 2022.', 'the summer of 2022')).toBe('Lindgren took over');
  });

  it('tells only the relative clause that holds the date', () => {
    const s = 'Okafor, who was appointed in 2021, also ordered both sides to file briefs.';
    expect(title(s, '2021', 'who was appointed in 2021, also ordered both sides to file briefs.')).toBe('Okafor was appointed');
  });

  it('gives the main clause after a relative aside its subject back', () => {
    const s = 'Hartley, who also lost in the semifinals in 2022, had not conceded four goals since October.';
    expect(title(s, 'October', 'had not conceded four goals since October.')).toBe('Hartley had not conceded four goals');
  });
});

describe('makeTitle after a relative aside', () => {
  it('continues the main clause when the window opens with a preposition', () => {
    const s = 'Rovers will face City or Coventry, who meet tonight, in the final on May 4.';
    expect(title(s, 'May 4', 'in the final on May 4.')).toBe('Rovers will face City or Coventry in the final');
  });
});

describe('makeTitle for a coordinated reported clause', () => {
  it('takes the reported pronoun as the subject', () => {
    const s = 'Judge Okafor said she will hear arguments next Monday and expects to issue a decision the following week.';
    expect(title(s, 'the following week', 'expects to issue a decision the following week.')).toBe('She expects to issue a decision');
  });
});
