import { describe, expect, it } from 'vitest';
import { formatTimelineErrors, parseTimeline, parseWithExtents } from '../../../src/model/parse-timeline.js';
import { eventExtent, newExtent } from '../../../src/model/timex-extent.js';
import { oddTimeline } from './fixtures.js';

describe('parseTimeline', () => {
  it('accepts our JSON and returns an equal timeline', () => {
    const r = parseTimeline(JSON.stringify(oddTimeline));
    expect(r).toEqual({ ok: true, timeline: oddTimeline });
  });

  it('accepts { events } and a bare array, filling defaults', () => {
    const a = parseTimeline({ events: [{ start: '2022-01-05', title: 'Emergency declared' }] });
    expect(a).toEqual({
      ok: true,
      timeline: { version: 1, documentDate: null, timexes: [], events: [{ id: 'e1', start: '2022-01-05', precision: 'day', title: 'Emergency declared', text: 'Emergency declared', span: { start: 0, end: 0 } }] },
    });
    const b = parseTimeline([{ start: '2011', text: 'Clashes' }]);
    expect(b.ok && b.timeline.events[0]!.precision).toBe('year');
    expect(b.ok && b.timeline.events[0]!.title).toBe('Clashes');
  });

  it('reports readable errors with JSON paths', () => {
    const r = parseTimeline({ events: [{ start: '2022-01-05', title: 'ok' }, { start: '2022-13-45', title: 1 }, 'x', { title: 'no start' }], documentDate: 'soon' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = formatTimelineErrors(r.errors);
    expect(text).toContain('$.events[1].start: expected a TimeML date value');
    expect(text).toContain('$.events[1].title: expected a string, got 1');
    expect(text).toContain('$.events[2]: expected an event object, got "x"');
    expect(text).toContain('$.events[3].start: is required');
    expect(text).toContain('$.documentDate: expected a TimeML date value or null, got "soon"');
  });

  it('reports an end before the start', () => {
    const r = parseTimeline([{ start: '2022-01-05', end: '2021', title: 'x' }]);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['$.events[0].end']);
  });

  it('never throws on bad input', () => {
    for (const input of [null, undefined, 42, 'not json', '{"events": 5}', [null], { events: [{ start: {}, span: 'x', spans: [1] }] }, { timexes: [{}], events: [] }]) {
      const r = parseTimeline(input);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const e of r.errors) expect(e.path).toMatch(/^\$/);
    }
  });

  it('ignores __proto__, constructor and prototype keys', () => {
    const payload = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "events": [{"__proto__": {"isAdmin": true}, "start": "2022-01-05", "title": "x"}]}');
    const r = parseTimeline(payload);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.timeline)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.timeline.events[0])).toBe(Object.prototype);
    expect((r.timeline.events[0] as unknown as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.keys(r.timeline)).not.toContain('constructor');
  });
});

describe('parseTimeline reads own fields only', () => {
  const reference = [{ id: 'a', start: '2022-01-05', title: 'x', span: { start: 1, end: 4 } }];

  it('ignores fields an event or a span only inherits', () => {
    const inherits = Object.create({ start: '2022-01-05', end: '2023', title: 'x' }) as Record<string, unknown>;
    inherits.title = 'own';
    const r = parseTimeline([inherits]);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['$.events[0].start']);
    const span = Object.create({ start: 1, end: 4 }) as object;
    const s = parseTimeline([{ start: '2022-01-05', title: 'x', span }]);
    expect(s.ok ? [] : s.errors.map((e) => e.path)).toEqual(['$.events[0].span.start', '$.events[0].span.end']);
  });

  it('reads events without a prototype, and ignores a field put on Object.prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { start: '2022-01-05', title: 'x' });
    const r = parseTimeline([bare]);
    expect(r.ok && r.timeline.events[0]!.title).toBe('x');
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.end = 'not a date';
      proto.group = '';
      expect(parseTimeline(reference)).toEqual({ ok: true, timeline: { version: 1, documentDate: null, timexes: [], events: [
        { id: 'a', start: '2022-01-05', precision: 'day', title: 'x', text: 'x', span: { start: 1, end: 4 } }] } });
    } finally {
      delete proto.end;
      delete proto.group;
    }
  });

  it('reads every event again when a getter puts a field on Object.prototype while they are read', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const sneaky = { start: '2022-01-05', get title(): string { proto.end = '2030'; return 'x'; } };
    try {
      const r = parseTimeline([sneaky, { start: '2022-01-06', title: 'y' }]);
      expect(r.ok && r.timeline.events.map((e) => [e.title, Object.hasOwn(e, 'end')])).toEqual([['x', false], ['y', false]]);
    } finally {
      delete proto.end;
    }
  });

  it('gives each event its extent, as eventExtent reads it', () => {
    const events = [{ start: '2022-01-05', title: 'a' }, { start: '2022-01-05', end: '2022-02', title: 'b' },
      { start: 2011, title: 'numeric year' }, { start: '2022-01-07T19:06:00.000+0100', title: 'ISO' },
      { start: '2022-01-05', end: '2022-01-05', title: 'same' }, { start: 'BC0044', end: '0014', title: 'spans', spans: [{ start: 0, end: 1 }] },
      { start: '2022-W03', title: 'week', media: { url: 'https://example.org/a.png' } }];
    const r = parseWithExtents(events);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.extents).not.toBeNull();
    r.timeline.events.forEach((e, i) => {
      expect([r.extents!.starts[i], r.extents!.ends[i]]).toEqual([eventExtent(e)!.start, eventExtent(e)!.end]);
    });
    expect(parseTimeline(events)).toEqual({ ok: true, timeline: r.timeline });
  });

  it('reads values into extents of their own class, apart from { start, end } spans', () => {
    expect(Object.getPrototypeOf(newExtent())).not.toBe(Object.prototype);
  });
});

describe('parseTimeline leniency', () => {
  it('accepts a year number and an ISO date-time as event dates', () => {
    const r = parseTimeline([{ start: 2011, title: 'a' }, { start: '2022-01-07T19:06:00.000+0100', title: 'b' }, { start: '2022-01-07T19:06:00Z', title: 'c' }]);
    expect(r.ok && r.timeline.events.map((e) => [e.start, e.precision])).toEqual([['2011', 'year'], ['2022-01-07T19:06', 'minute'], ['2022-01-07T19:06:00Z', 'minute']]);
  });
});

describe('parseTimeline rules', () => {
  const messages = (input: unknown): string[] => {
    const r = parseTimeline(input);
    return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
  };
  const ev = (extra: Record<string, unknown>) => ({ start: '2022-01-05', title: 'x', ...extra });

  it('rejects an end whose period begins before the start, by the start of each period', () => {
    expect(messages([ev({ end: '2021' })])).toEqual([
      '$.events[0].end: "2021" begins before the start "2022-01-05": an event cannot end before it starts (swap start and end, or fix the date)',
    ]);
    // 2022 begins on Jan 1, before Jan 5, although the year 2022 ends after it.
    expect(messages([ev({ end: '2022' })])).toEqual([
      '$.events[0].end: "2022" begins before the start "2022-01-05": an event cannot end before it starts (swap start and end, or fix the date)',
    ]);
    expect(messages([ev({ start: '2022-01-07T19:06', end: '2022-01-07T09' })])).toHaveLength(1);
    // The same start is fine, and so is a later one.
    expect(parseTimeline([ev({ start: '2022-01', end: '2022-01-01' }), ev({ end: '2022-01-05' }), ev({ end: '2022-W02' }), ev({ start: 'BC0044', end: '0014' }), ev({ start: 'BC0044-03-15', end: 'BC0044-SU' })]).ok).toBe(true);
  });

  it('rejects an empty id, an id with control characters, and duplicate ids', () => {
    expect(messages([ev({ id: '' })])).toEqual(['$.events[0].id: must not be empty: give the event a unique id, or leave id out to get one']);
    expect(messages([ev({ id: 'a\nb' }), ev({ id: 'c\u009bd' }), ev({ id: '\u001b[31m' })])).toEqual([
      '$.events[0].id: contains a control character (U+000A at position 1): use printable characters only',
      '$.events[1].id: contains a control character (U+009B at position 1): use printable characters only',
      '$.events[2].id: contains a control character (U+001B at position 0): use printable characters only',
    ]);
    expect(messages([ev({ id: 'a' }), ev({ id: 'b' }), ev({ id: 'a' }), ev({ id: 'a' })])).toEqual([
      '$.events[2].id: duplicate id "a", already used by $.events[0]: every event needs its own id',
      '$.events[3].id: duplicate id "a", already used by $.events[0]: every event needs its own id',
    ]);
    expect(messages([ev({ id: 5 })])).toEqual(['$.events[0].id: expected a string, got 5']);
  });

  it('gives events without an id e<n>, never one another event has', () => {
    const r = parseTimeline([ev({ id: 'e2' }), ev({}), ev({ id: 'e2-2' }), ev({})]);
    expect(r.ok && r.timeline.events.map((e) => e.id)).toEqual(['e2', 'e2-3', 'e2-2', 'e4']);
  });

  it('rejects non-string title, text and end, bad timexIds and bad spans, with the path of the bad part', () => {
    expect(messages([{ start: '2022-01-05', title: ['t'], text: { a: 1 }, end: true }])).toEqual([
      '$.events[0].end: expected a TimeML date value (e.g. "2022-01-07", "2011", "BC0044"), got true',
      '$.events[0].title: expected a string, got an array',
      '$.events[0].text: expected a string, got an object',
    ]);
    expect(messages([ev({ end: null }), ev({ end: {} }), ev({ end: 1.5 })])).toEqual([
      '$.events[0].end: expected a TimeML date value (e.g. "2022-01-07", "2011", "BC0044"), got null',
      '$.events[1].end: expected a TimeML date value (e.g. "2022-01-07", "2011", "BC0044"), got an object',
      '$.events[2].end: expected a TimeML date value (e.g. "2022-01-07", "2011", "BC0044"), got 1.5',
    ]);
    expect(messages([ev({ timexIds: 't1' }), ev({ timexIds: ['t1', 2, null] })])).toEqual([
      '$.events[0].timexIds: expected an array of strings, got "t1"',
      '$.events[1].timexIds[1]: expected a string, got 2',
      '$.events[1].timexIds[2]: expected a string, got null',
    ]);
    // eslint-disable-next-line no-sparse-arrays
    expect(messages([ev({ timexIds: [, 't1'] })])).toEqual(['$.events[0].timexIds[0]: expected a string, got undefined']);
    expect(messages([ev({ spans: { start: 0, end: 1 } }), ev({ spans: [{ start: 0, end: 1 }, { start: 5, end: 2 }, { start: -1, end: 2 }, null, { start: 2 ** 60, end: 2 ** 61 }] })])).toEqual([
      '$.events[0].spans: expected an array of spans { start, end }, got an object',
      '$.events[1].spans[1].end: ends (2) before it starts (5)',
      '$.events[1].spans[2].start: expected a non-negative integer, got -1',
      '$.events[1].spans[3]: expected a span { start, end }, got null',
      '$.events[1].spans[4].start: is too large for a character offset (1152921504606847000); offsets are at most 9007199254740991',
      '$.events[1].spans[4].end: is too large for a character offset (2305843009213694000); offsets are at most 9007199254740991',
    ]);
  });

  it('never throws on any JSON value, and lists at most 50 errors and a note', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep, b: [deep] };
    const deepText = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const values: unknown[] = [null, 0, -1, 1e308, true, false, '', '""', 'null', '[]', '{}', [], {}, deep, deepText, [deep], { events: deep }, { events: [deep] },
      { events: [{ start: deep, end: deep, title: deep, text: deep, id: deep, span: deep, spans: deep, timexIds: deep, precision: deep }] },
      { events: [], timexes: [deep, null, 1, { derivation: deep }] }, { version: deep, documentDate: deep, title: deep, sources: [deep] }];
    for (const v of values) {
      const r = parseTimeline(v);
      if (!r.ok) for (const e of r.errors) expect(e.path).toMatch(/^\$/);
    }
    const huge = new Array<unknown>(1_000_000).fill(null);
    const r = parseTimeline(huge);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toHaveLength(51);
    expect(r.ok ? '' : r.errors[50]!.message).toBe('more than 50 errors; only the first 50 are listed');
    // A value that is not JSON (a throwing getter) gives an error, not an exception.
    const trap = { get events(): unknown { throw new Error('boom'); } };
    expect(parseTimeline(trap)).toEqual({ ok: false, errors: [{ path: '$', message: 'could not be read: boom' }] });
  });

  it('random JSON in every event field never throws', () => {
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const value = (depth: number): unknown => {
      switch (rand(depth > 2 ? 7 : 9)) {
        case 0: return null;
        case 1: return rand(2) === 0;
        case 2: return [0, -1, 2011, 1.5, 1e21, -0][rand(6)];
        case 3: return ['', '2022-01-05', '2021', 'BC0044', 'x\n', '2022-02-30', '199', 'P2W', '2022-01-07T25'][rand(9)];
        case 4: return ['title', 'a\u0000b'][rand(2)];
        case 5: return { start: rand(5), end: rand(3) };
        case 6: return undefined;
        case 7: return Array.from({ length: rand(4) }, () => value(depth + 1));
        default: return Object.fromEntries(['start', 'end', 'id', 'title'].map((k) => [k, value(depth + 1)]));
      }
    };
    const keys = ['id', 'start', 'end', 'precision', 'title', 'text', 'span', 'spans', 'timexIds', 'dateSource', 'explanation', 'segment', 'source'];
    for (let round = 0; round < 2000; round++) {
      const events = Array.from({ length: 1 + rand(4) }, () => Object.fromEntries(keys.filter(() => rand(3) > 0).map((k) => [k, value(0)])));
      const r = parseTimeline(JSON.parse(JSON.stringify({ events })));
      expect(typeof r.ok).toBe('boolean');
    }
  });
});

describe('parseTimeline on day and minute values', () => {
  it('accepts real days and times and rejects impossible ones, as the general path does', () => {
    const ok = (start: string): boolean => parseTimeline([{ start, title: 't' }]).ok;
    expect(ok('2024-02-29')).toBe(true);
    expect(ok('2023-02-29')).toBe(false);
    expect(ok('2022-04-31')).toBe(false);
    expect(ok('2022-01-07T19:06')).toBe(true);
    expect(ok('2022-01-07T24:00')).toBe(true);
    expect(ok('2022-01-07T25:00')).toBe(false);
    expect(ok('0044-03-15')).toBe(true);
  });
  it('still finds an end that begins before its start', () => {
    expect(parseTimeline([{ start: '2022-01-07T19:06', end: '2022-01-07T08:00', title: 't' }]).ok).toBe(false);
  });
});

describe('parseTimeline fast path for plain events', () => {
  // `spans: []` sends an event through the readers of the rarer fields and the field-by-field build (the commonest
  // shapes are one object literal each) and adds only `spans: []` to the result: every other field and every error
  // must come out the same either way.
  const slow = (e: Record<string, unknown>) => ({ ...e, spans: [] });
  const strip = (r: ReturnType<typeof parseTimeline>) => (r.ok
    ? { ok: true, events: r.timeline.events.map(({ spans, ...rest }) => rest) }
    : { ok: false, errors: r.errors.map((e) => (e.path.includes('.spans') ? null : e)).filter(Boolean) });
  const values = ['2022-01-05', '2022-01-05T10:30', '2022-01-05T24:00', '2022-01-05T24:01', '2022', '2022-03', '2022-13',
    '2022-00', '0099', '0099-03', '1000', '2020-02-29', '2021-02-29', '2022-1-05', '2022-01-05T10:3', '2022-01-05TNI',
    '2022-Q2', 'BC0044', '19', '2022-01-05T10:30:00Z', '2022-01-05T10:30Z', 'abcd', 'ab-cd', '12345', '', 2011, null];
  const base = { id: 'a', start: '2022-01-05', end: '2022-02', precision: 'day', title: 'T', text: 'X', span: { start: 1, end: 4 },
    timexIds: ['t1'], dateSource: 'explicit', explanation: 'e', reportedOn: '2022-01-09', segment: 'sentence', source: 's' };
  const variants: Record<string, unknown>[] = [base, { start: '2022-01-05', title: 'only title' }, { start: '2022', text: 'only text' }];
  for (const key of Object.keys(base)) {
    const { [key]: _dropped, ...without } = base as Record<string, unknown>;
    variants.push(without);
    for (const bad of [undefined, null, 5, '', 'x', [], {}, ['t', 1], { start: 3, end: 2 }, { start: -1, end: 2 }, { start: 1.5, end: 2 }]) {
      variants.push({ ...base, [key]: bad });
    }
  }
  for (const v of values) variants.push({ ...base, start: v, end: undefined }, { ...base, end: v }, { ...base, reportedOn: v });
  variants.push({ ...base, id: 'a\u0085b' }, { ...base, id: '\u007f' }, { ...base, id: 'ok id ü' }, { ...base, precision: 'fortnight' });

  it('returns what the general reader returns, events and errors alike', () => {
    for (const v of variants) {
      expect(strip(parseTimeline([v])), JSON.stringify(v)).toEqual(strip(parseTimeline([slow(v)])));
      expect(strip(parseTimeline([v, v])), JSON.stringify(v)).toEqual(strip(parseTimeline([slow(v), slow(v)])));
    }
  });

  it('reports a duplicate id among many with the index of its first use', () => {
    const events: Array<{ id?: string; start: string; title: string }> = Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, start: '2022-01-05', title: 'x' }));
    events.push({ id: 'e700', start: '2022-01-05', title: 'y' }, { start: '2022-01-05', title: 'z' });
    const r = parseTimeline(events);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      '$.events[1000].id: duplicate id "e700", already used by $.events[700]: every event needs its own id',
    ]);
    const fine = parseTimeline(events.slice(0, 1000).concat([{ start: '2022-01-05', title: 'z' }]));
    expect(fine.ok && fine.timeline.events.map((e) => e.id).slice(-2)).toEqual(['e999', 'e1001']);
  });

  it('finds duplicates of the ids events get by default (e<n> on the nth event), whichever comes first', () => {
    const at = (id: string | undefined, title = 'x') => (id === undefined ? { start: '2022-01-05', title } : { id, start: '2022-01-05', title });
    const ids = (events: ReturnType<typeof at>[]) => {
      const r = parseTimeline(events);
      return r.ok ? r.timeline.events.map((e) => e.id) : r.errors.map((e) => `${e.path}: ${e.message}`);
    };
    // Every event with its own default id: no duplicates.
    expect(ids(Array.from({ length: 12 }, (_, i) => at(`e${i + 1}`)))).toEqual(Array.from({ length: 12 }, (_, i) => `e${i + 1}`));
    // The third event's default id given to the first, then the third's own: a duplicate of the first.
    expect(ids([at('e3'), at('e2'), at('e3')])).toEqual(['$.events[2].id: duplicate id "e3", already used by $.events[0]: every event needs its own id']);
    // The first event's own id, then repeated later.
    expect(ids([at('e1'), at('b'), at('e1')])).toEqual(['$.events[2].id: duplicate id "e1", already used by $.events[0]: every event needs its own id']);
    // An event without an id does not take an id another event has, default or not.
    expect(ids([at(undefined), at('e1'), at(undefined), at('e3-2'), at('e3')])).toEqual(['e1-2', 'e1', 'e3-3', 'e3-2', 'e3']);
    // Not default ids: a leading zero, a number past the last event, a prefix.
    expect(ids([at('e01'), at('e1'), at('e9'), at('xe4'), at(undefined)])).toEqual(['e01', 'e1', 'e9', 'xe4', 'e5']);
  });
});
