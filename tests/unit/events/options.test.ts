import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { extractTimeline } from '../../../src/events/index.js';
import { timelineSchema } from '../../../src/model/schema.js';
import type { TagOptions } from '../../../src/model/types.js';

const TEXT = 'On Friday, the talks ended. The summit was held on March 3, 2021.';
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(timelineSchema);

describe('extractTimeline options', () => {
  it('throws a TypeError naming the type when the text is not a string', () => {
    expect(() => extractTimeline(5 as unknown as string)).toThrow(new TypeError('extractTimeline: text must be a string, got number'));
    expect(() => extractTimeline(null as unknown as string)).toThrow(new TypeError('extractTimeline: text must be a string, got null'));
  });
  it('throws a RangeError naming the option and the value for an impossible or unparsable date', () => {
    expect(() => extractTimeline(TEXT, { documentDate: '2022-02-30' })).toThrow(
      new RangeError('documentDate "2022-02-30" is not a valid date (expected ISO 8601 like 2022-01-07 or 2022-01-07T19:06)'),
    );
    expect(() => extractTimeline(TEXT, { referenceDate: 'yesterday' })).toThrow(
      new RangeError('referenceDate "yesterday" is not a valid date (expected ISO 8601 like 2022-01-07 or 2022-01-07T19:06)'),
    );
    for (const bad of ['2022-13-01', '2022-01-07T25:00', '07/01/2022', ' ', 'XXXX-XX-XX', 'P2W']) {
      expect(() => extractTimeline(TEXT, { documentDate: bad })).toThrow(RangeError);
    }
    expect(() => extractTimeline(TEXT, { documentDate: 20220107 } as unknown as TagOptions)).toThrow(
      'documentDate 20220107 is not a valid date (expected ISO 8601 like 2022-01-07 or 2022-01-07T19:06)',
    );
  });

  it('throws a RangeError for a bad numericDateOrder or mode', () => {
    expect(() => extractTimeline(TEXT, { numericDateOrder: 'YMD' } as unknown as TagOptions)).toThrow(
      new RangeError('numericDateOrder "YMD" is not valid (expected "MDY" or "DMY")'),
    );
    expect(() => extractTimeline(TEXT, { mode: 'fast' } as unknown as TagOptions)).toThrow(
      new RangeError('mode "fast" is not valid (expected "auto", "news" or "narrative")'),
    );
    expect(() => extractTimeline(TEXT, { mode: null } as unknown as TagOptions)).toThrow('mode null is not valid');
  });

  it('accepts ISO dates, date-times and TimeML values, and its output passes the schema', () => {
    for (const options of [
      { documentDate: '2022-01-07' }, { documentDate: '2022-01-07T19:06:00Z' }, { documentDate: '2022-01-07T19:06:00+05:00' },
      { documentDate: '2024-02-29' }, { referenceDate: '2022-01' }, { documentDate: '' }, { numericDateOrder: 'DMY', mode: 'narrative' },
    ] as TagOptions[]) {
      const t = extractTimeline(TEXT, options);
      expect(validate(JSON.parse(JSON.stringify(t))), JSON.stringify(options)).toBe(true);
    }
    expect(extractTimeline(TEXT, { documentDate: '2022-01-07T19:06:00Z' }).documentDate).toBe('2022-01-07T19:06');
    expect(extractTimeline(TEXT, { documentDate: '' }).documentDateSource).toBe('none');
  });
});
