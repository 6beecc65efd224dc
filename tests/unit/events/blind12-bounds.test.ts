// Issue 10's twelfth blind set: an `until` bound in a clause joined by `and` to a dated happening; examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('`opens on D1 and runs until D2`: a clause joined by `and` to a happening dated before its bound', () => {
  it('runs from that date to the bound, not from the publication date', () => {
    expect(events('The exhibition opens on 12 June and runs until 30 August.', '2026-05-01'))
      .toEqual(['2026-06-12 The exhibition opens', '2026-06-12..2026-08-30 The exhibition runs']);
  });
  it('nor from the bound alone, when the bound is past', () => {
    expect(events('The family moved to Hull in 1962 and stayed until 1979.', '2026-05-01'))
      .toEqual(['1962 The family moved to Hull', '1962..1979 The family stayed']);
    expect(events('The old bridge was closed in March 2021 and was kept shut until June 2023.', '2026-05-01'))
      .toEqual(['2021-03 The old bridge was closed', '2021-03..2023-06 The old bridge was kept shut']);
  });
  it('but not when a new subject follows `and` (`..., and the club has until 1 July`)', () => {
    expect(events('The lease ended on 31 March, and the tenants have until 30 April to leave.', '2026-03-10'))
      .not.toContain('2026-03-31..2026-04-30 The tenants have');
    expect(events('A public meeting is on 20 May and written objections can be sent until 3 June.', '2026-05-01'))
      .not.toContain('2026-05-20..2026-06-03 Written objections can be sent');
  });
  it('nor after `but`', () => {
    expect(events('He retired in 2004 but stayed on the board until 2012.', '2026-05-01')).toContain('2012 He stayed on the board until 2012');
  });
});
