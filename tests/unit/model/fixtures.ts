/// <reference types="node" />
/** Timelines used by the model tests: the seed's real extraction plus a hand-made one with odd dates. */
import { readdirSync, readFileSync } from 'node:fs';
import { extractTimeline } from '../../../src/events/index.js';
import type { Timeline } from '../../../src/model/types.js';

export const SEED = 'seeds/kazakhstan-csto-global-times-2022-01-07.txt';
export const seedText = readFileSync(SEED, 'utf8');
export const seedTimeline = (): Timeline => extractTimeline(seedText);

/** Every seeds/*.txt article with its extracted timeline. */
export function allSeedTimelines(): { file: string; timeline: Timeline }[] {
  return readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const gold = JSON.parse(readFileSync(`seeds/${f.replace(/\.txt$/, '.gold.json')}`, 'utf8')) as { referenceDate?: string };
      const text = readFileSync(`seeds/${f}`, 'utf8');
      return { file: f, timeline: extractTimeline(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {}) };
    });
}

/** Dates of every precision, BC and a range, with text that needs quoting and escaping. */
export const oddTimeline: Timeline = {
  version: 1,
  documentDate: '2022-01-07T19:06',
  documentDateSource: 'text',
  title: 'Odd dates, "quotes"; commas, and <tags>',
  timexes: [],
  events: [
    { id: 'e1', start: 'BC0044', precision: 'year', title: 'Caesar is killed', text: 'Caesar was killed in 44 BC.', span: { start: 0, end: 27 } },
    { id: 'e2', start: '18', precision: 'century', title: 'The 19th century', text: 'In the 19th century, things changed.', span: { start: 28, end: 64 } },
    { id: 'e3', start: '199', precision: 'decade', title: 'The 1990s', text: 'The 1990s were loud.', span: { start: 65, end: 85 } },
    { id: 'e4', start: '2019-Q2', precision: 'quarter', title: 'Revenue, up; "sharply"', text: 'Revenue rose, "sharply";\nback\\slash.', span: { start: 86, end: 122 } },
    { id: 'e5', start: '2021-06-03', end: '2021-06-17', precision: 'day', title: 'Festival <b>', text: 'The festival ran from 3 to 17 June 2021 & more.', span: { start: 123, end: 170 } },
    { id: 'e6', start: '2022-01-07T19:06', precision: 'minute', title: 'Published', text: 'At 7:06 p.m. it was published.', span: { start: 171, end: 201 } },
    { id: 'e7', start: '2022-01-07TMO', precision: 'part-of-day', title: 'Gunshots in the morning — ünïcödé ✓ '.repeat(3).trim(), text: 'Gunshots.', span: { start: 202, end: 211 } },
    { id: 'e8', start: '2022-01-07T09', end: '2022-01-07T11', precision: 'hour', title: 'A two-hour meeting', text: 'They met from 9 to 11.', span: { start: 212, end: 234 } },
  ],
};
