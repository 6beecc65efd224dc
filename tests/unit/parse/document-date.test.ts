/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { findDocumentDate, tagTimexes } from '../../../src/parse/index.js';

describe('findDocumentDate', () => {
  it.each([
    ['Headline here\nBy GT staff reporters Published: Jan 07, 2022 07:06 PM\nBody text.', 'Jan 07, 2022 07:06 PM', '2022-01-07T19:06'],
    ['Storm live\nUpdated 14 February 2025 16:20 GMT\nKey points', '14 February 2025 16:20 GMT', '2025-02-14T16:20Z'],
    ['Talks end\n\nGENEVA, March 3, 2023 (Reuters) - Delegations agreed on Friday.', 'March 3, 2023', '2023-03-03'],
    ['Title\nPosted on 2023-03-03T08:15\nText', '2023-03-03T08:15', '2023-03-03T08:15'],
    ['Title\nMarch 3, 2023\nThe talks ended on Friday.', 'March 3, 2023', '2023-03-03'],
    ['Title\nLast updated: 03/03/2023 at 9:05 a.m. ET\nText', '03/03/2023 at 9:05 a.m. ET', '2023-03-03T09:05-05:00'],
    ['Title\nPosted on Monday, Jan. 3, 2022\nText', 'Monday, Jan. 3, 2022', '2022-01-03'],
    ['Title\nPublished 3:45 PM EST, Fri January 7, 2022\nBody.', '3:45 PM EST, Fri January 7, 2022', '2022-01-07T15:45-05:00'],
    ['Title\nFri 7 Jan 2022 19.06 GMT\nBody.', 'Fri 7 Jan 2022 19.06 GMT', '2022-01-07T19:06Z'],
    ['Title\nLast Modified: Friday, January 7, 2022 7:06 PM\nBody.', 'Friday, January 7, 2022 7:06 PM', '2022-01-07T19:06'],
    ['Title\nBy Jane Doe, Reuters\nJanuary 7, 2022 2:33 PM GMT\nBody.', 'January 7, 2022 2:33 PM GMT', '2022-01-07T14:33Z'],
    ['Title\nBy Jane Doe | March 6, 2024\nBody.', 'March 6, 2024', '2024-03-06'],
    ['The Marsh Courier, Friday 6 March 2026\n\nTides were high.', 'Friday 6 March 2026', '2026-03-06'],
    ['Parish News — 6 March 2026\nTides were high.', '6 March 2026', '2026-03-06'],
    ['Launch set\n\nAUSTIN, Texas, 2026-05-04 — The firm said on Monday.', '2026-05-04', '2026-05-04'],
    ['Vote\n\nSÃO PAULO, Brazil, May 4, 2026 (AP) - Polls closed.', 'May 4, 2026', '2026-05-04'],
    ['Grid upgrade\n\nDENVER, Colo., Feb. 2, 2026 /PRNewswire/ -- The utility said on Monday.', 'Feb. 2, 2026', '2026-02-02'],
    ['Re: flat hunting\n\nposted by wren_k · 16 Mar 2026\n\nugh same here.', '16 Mar 2026', '2026-03-16'],
    ['Trip notes\nupdated on 2 May 2025\nWe left on Friday.', '2 May 2025', '2025-05-02'],
    ['Public notice\n\nPublished by Harwick District Council, 1 December 2026\n\nThe council met on Monday.', '1 December 2026', '2026-12-01'],
    ['Title\nJane Doe | Reporter | January 5, 2027\n\nBody.', 'January 5, 2027', '2027-01-05'],
    ['Title\nBy Jane Doe on January 5, 2027\nBody.', 'January 5, 2027', '2027-01-05'],
    ['House prices rise\n\nStatistical bulletin, released 17 November 2026\n\nPrices rose last week.', '17 November 2026', '2026-11-17'],
    ['From: Helen\nSent: Tuesday, 3 November 2026 14:12\nTo: Sam', 'Tuesday, 3 November 2026 14:12', '2026-11-03T14:12'],
    ['Smith v Jones\n\nJudgment handed down: 4 May 2020\n\n1. The claim is dismissed.', '4 May 2020', '2020-05-04'],
    ['Re an appeal\nJudgment delivered on 11 March 2021\nThe appeal is allowed.', '11 March 2021', '2021-03-11'],
    // A dateline whose date comes last, after the place and a wire credit.
    ['Ferry halted\n\nPORTLAND, Maine (AP) — Nov. 3, 2025\n\nService stopped on Sunday.', 'Nov. 3, 2025', '2025-11-03'],
    ['Talks\n\nGENEVA — 4 March 2026\n\nEnvoys met on Monday.', '4 March 2026', '2026-03-04'],
    // ... and the story may run on after a second dash.
    ['Strike vote\n\nTOLEDO, Ohio (AP) — June 2, 2014 — Nurses voted Monday to walk out.', 'June 2, 2014', '2014-06-02'],
    ['Summit\n\nOSLO — 9 May 2019 — Leaders met on Thursday.', '9 May 2019', '2019-05-09'],
    // A date line under a headline that ends in a date word, or above a paragraph that opens with a time, stays alone:
    // no expression runs over a blank line.
    ['Fans queue from Saturday\n\nMay 4, 2026\n\nDoors open at noon.', 'May 4, 2026', '2026-05-04'],
    ['Notes\n\n12 October 2025\n\nAt 6 p.m. Friday the gates shut.', '12 October 2025', '2025-10-12'],
    ['Verdict\r\n\r\n12 October 2025\r\n\r\n9 a.m. Friday: the jury returns.', '12 October 2025', '2025-10-12'],
  ])('finds the date in %j', (text, found, value) => {
    const m = findDocumentDate(text);
    expect(m && { text: m.text, value: m.value }).toEqual({ text: found, value });
    expect(text.slice(m!.start, m!.end)).toBe(found);
  });

  it.each([
    'BEIJING (Reuters) - Officials met on Friday.',
    'Title\nThe talks ended in failure — March 4, 2026\nBody.',
    'Title\nThe talks ended in failure — March 4, 2026 — and nobody came.',
    'Title\nThe mayor, the council, and the board, May 4, 2026 - a date they chose.',
    'The order was dated 2022/01/05. The vote is due on January 7th, 2022 in the capital.',
    'A long opening paragraph that talks about the history of the region, which changed hands on March 3, 2011 after a war.',
    '',
  ])('finds none in %j', (text) => {
    expect(findDocumentDate(text)).toBeNull();
  });

  it('takes no list entry for a masthead: a masthead\'s name is capitalized word by word', () => {
    expect(findDocumentDate('The war in outline.\n\nSiege of Varna, 4 August 1854\n\nThe siege ended.')).toBeNull();
  });

  it('takes a day-first date on the line under a byline (a name ending one line is no `Name 30`)', () => {
    expect(findDocumentDate('Back to the valley\n\nBy Tessa Moyle\n14 March 2025\n\nWe came home in 1990.')?.value).toBe('2025-03-14');
  });

  it('never takes a date from the body, even from its last line in prose', () => {
    const body = 'Title\n' + 'Filler sentence without dates. '.repeat(40) + '\nThe review was published on March 3, 2023.';
    expect(findDocumentDate(body)).toBeNull();
    const middle = 'Title\n' + 'Filler sentence without dates. '.repeat(20) + '\nPublished: March 3, 2023\n' + 'More filler text here. '.repeat(40);
    expect(findDocumentDate(middle)).toBeNull();
  });

  it('takes a labelled date line at the foot of a text when its head has none (`Posted: ...` under a brief)', () => {
    const brief = 'Lorry driver hurt in harbour crash\n\nA lorry driver was taken to hospital last night.\n\nThe quay reopened at 7am today.\n\nPosted: Wednesday 2 December 2026, 11:42\n';
    expect(findDocumentDate(brief)).toMatchObject({ value: '2026-12-02T11:42', text: 'Wednesday 2 December 2026, 11:42' });
    const t = tagTimexes(brief);
    expect(t.find((x) => x.text === 'last night')?.value).toBe('2026-12-01TNI');
    expect(findDocumentDate('Title\n' + 'Filler sentence without dates. '.repeat(30) + '\n\nLast updated 4 May 2026')?.value).toBe('2026-05-04');
  });

  it('takes a date alone on the last line, as a newsletter or a letter is signed and dated', () => {
    const letter = 'September newsletter\n\nMeetings restart this Friday at 6.30pm.\n\nJo Walsh, Group Leader\n10 September 2026\n';
    expect(findDocumentDate(letter)?.value).toBe('2026-09-10');
    expect(tagTimexes(letter).find((x) => x.text.startsWith('this Friday'))?.value).toBe('2026-09-11T18:30');
    // (Not a date ending the last line of prose.)
    expect(findDocumentDate('News\n\n' + 'The fair opens on Friday. '.repeat(30) + '\n\nThe fair then closes its gates on 10 September 2026')).toBeNull();
  });

  it('is returned by tagTimexes as the document-date timex', () => {
    const t = tagTimexes('Headline\nPublished: Jan 07, 2022 07:06 PM\nTalks ended on Wednesday.');
    expect(t.map((x) => [x.text, x.value, x.documentDate ?? false])).toEqual([
      ['Jan 07, 2022 07:06 PM', '2022-01-07T19:06', true],
      ['Wednesday', '2022-01-05', false],
    ]);
  });
});
