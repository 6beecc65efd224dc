// Constructions the lead's tenth blind set showed (newgold78), with examples of our own: in a narrative told in the past,
// a day counted in a `would` clause is an expectation, not where the story has reached, and `the Thursday` is the
// Thursday the text told, when it told one within a week of the story's day; a week's hours told in the present recur.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const tags = (text: string): string[] => tagTimexes(text).map((t) => `${t.text}=${t.value}`);

describe('a day counted in a `would` clause after the day its sentence told', () => {
  it('does not move the story: the next day counts from the day told before it', () => {
    expect(tags('The storm broke on 3 June 1887. Her father had ridden out at noon that day and would not return until two days later. The next day she found the barn roof gone.'))
      .toEqual(['3 June 1887=1887-06-03', 'noon that day=1887-06-03T12:00', 'two days later=1887-06-05', 'The next day=1887-06-04']);
  });
  it('still moves it when the counted day is told in the simple past', () => {
    expect(tags('The storm broke on 3 June 1887. Her father rode out that day and returned two days later. The next day he mended the barn.'))
      .toEqual(['3 June 1887=1887-06-03', 'that day=1887-06-03', 'two days later=1887-06-05', 'The next day=1887-06-06']);
  });
});

describe('a weekday said with `the` in a story', () => {
  it('is the day the text told on that weekday within a week of the story\'s day, even one only planned', () => {
    // 12 May 1902 was a Monday, 16 May a Friday.
    expect(tags('The telegram arrived on 12 May 1902. He answered that he would sail on 16 May. On Tuesday he sold the horses. He sailed on the Friday.'))
      .toContainEqual('Friday=1902-05-16');
  });
  it('is the next such day when the text told none on that weekday and the story goes on in the simple past', () => {
    expect(tags('The telegram arrived on 12 May 1902. On the Friday he sailed for Cork.')).toContainEqual('Friday=1902-05-16');
    // (In the past perfect it is the nearest, here the Friday before.)
    expect(tags('The telegram arrived on 12 May 1902. His brother had sailed on the Friday.')).toContainEqual('Friday=1902-05-09');
  });
});

describe('a week\'s hours', () => {
  const at = (s: string): string[] => tagTimexes(s, { documentDate: '2022-01-07' }).map((t) => `${t.text}=${t.value}=${t.type}`);
  it('are every such day and time when told in the present', () => {
    expect(at('The museum is open Tuesday to Sunday, 10am to 4pm.'))
      .toEqual(['Tuesday=XXXX-WXX-2=SET', 'Sunday, 10am=XXXX-WXX-7T10:00=SET', '4pm=XXXX-XX-XXT16:00=SET']);
    expect(at('Lines are open Monday–Friday, 9.30am–5pm.'))
      .toEqual(['Monday=XXXX-WXX-1=SET', 'Friday, 9.30am=XXXX-WXX-5T09:30=SET', '5pm=XXXX-XX-XXT17:00=SET']);
  });
  it('are days of one week when told ahead or in the past', () => {
    expect(at('The bridge will be shut Monday to Friday, 9am to 3pm, next week.'))
      .toEqual(['Monday=2022-01-10=DATE', 'Friday, 9am=2022-01-14T09:00=TIME', '3pm=2022-01-14T15:00=TIME', 'next week=2022-W02=DATE']);
  });
  it('need the hours: a range of weekdays alone is left to the resolver', () => {
    expect(at('The museum is open Tuesday to Sunday.')).not.toContainEqual(expect.stringMatching(/=SET$/));
  });
});
