/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { timelineSchema } from '../../../src/model/schema.js';
import { allSeedTimelines, oddTimeline } from './fixtures.js';
import { extractTimeline } from '../../../src/events/index.js';
import { fromTimelineJS, toTimelineJS } from '../../../src/model/timelinejs.js';
import { mergeTimelines } from '../../../src/model/merge-timelines.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(timelineSchema);
const check = (t: unknown): string => (validate(t) ? 'valid' : ajv.errorsText(validate.errors));

describe('timeline.schema.json', () => {
  it('is the same object as the exported timelineSchema', () => {
    expect(JSON.parse(readFileSync('src/model/timeline.schema.json', 'utf8'))).toEqual(timelineSchema);
  });

  it('validates the output for every article in seeds/', () => {
    const all = allSeedTimelines();
    expect(all.length).toBeGreaterThanOrEqual(1);
    for (const { file, timeline } of all) expect(`${file}: ${check(JSON.parse(JSON.stringify(timeline)))}`).toBe(`${file}: valid`);
    expect(check(mergeTimelines(all.map(({ file, timeline }) => ({ source: file, timeline }))))).toBe('valid');
  });

  it('validates odd dates, undated text, and a TimelineJS round trip', () => {
    expect(check(oddTimeline)).toBe('valid');
    expect(check(extractTimeline('No dates here at all. None.'))).toBe('valid');
    const back = fromTimelineJS(toTimelineJS(oddTimeline));
    expect(back.ok && check(back.timeline)).toBe('valid');
  });

  it('rejects a bad event start', () => {
    const bad = { ...oddTimeline, events: [{ ...oddTimeline.events[0]!, start: 'Friday' }] };
    expect(check(bad)).toMatch(/events\/0\/start/);
  });
});
