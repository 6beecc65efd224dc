/// <reference types="node" />
/** Per-event media, links and groups: the validator, the schema, TimelineJS, iCalendar, CSV and mergeTimelines. */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { parseTimeline } from '../../../src/model/parse-timeline.js';
import { timelineSchema } from '../../../src/model/schema.js';
import { fromTimelineJS, toTimelineJS } from '../../../src/model/timelinejs.js';
import { toIcs } from '../../../src/model/ics.js';
import { toCsv } from '../../../src/model/csv.js';
import { mergeTimelines } from '../../../src/model/merge-timelines.js';
import { httpUrlProblem, safeHttpUrl } from '../../../src/model/urls.js';
import { isImageFileUrl, isVideoFileUrl } from '../../../src/model/media-urls.js';
import type { Timeline, TimelineEvent } from '../../../src/model/types.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(timelineSchema);

const base = { id: 'e1', start: '2024-03-01', title: 'Vote', text: 'The vote was held.' };
const errorsOf = (extra: Record<string, unknown>): string[] => {
  const r = parseTimeline({ events: [{ ...base, ...extra }] });
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};
const eventOf = (extra: Record<string, unknown>): TimelineEvent => {
  const r = parseTimeline({ events: [{ ...base, ...extra }] });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.timeline.events[0]!;
};
/** Whether the JSON Schema accepts the one-event timeline too. */
const schemaOk = (extra: Record<string, unknown>): boolean =>
  validate({ version: 1, documentDate: null, timexes: [], events: [{ ...base, precision: 'day', span: { start: 0, end: 0 }, ...extra }] });

const GOOD = {
  group: 'Politics desk',
  media: { url: 'https://cdn.example.com/p/vote.jpg?w=800', kind: 'image', caption: 'Voters queue in Riga.', credit: 'Photo: A. Ozols / LETA', alt: 'A queue outside a school' },
  links: [{ url: 'https://example.com/live', text: 'Live coverage' }, { url: 'http://example.org/a?b=1&c=2#d' }],
} as const;

describe('media, links and group in parseTimeline', () => {
  it('keeps well-formed media, links and group, on either read path, and the schema agrees', () => {
    const e = eventOf(GOOD);
    expect(e.group).toBe('Politics desk');
    expect(e.media).toEqual(GOOD.media);
    expect(e.links).toEqual(GOOD.links);
    expect(schemaOk(GOOD)).toBe(true);
    // the fast path (only a group) and the full path (a span array forces it) give the same event
    expect(eventOf({ group: 'A' }).group).toBe('A');
    expect(eventOf({ group: 'A', spans: [] }).group).toBe('A');
    expect(eventOf({ media: { url: 'HTTPS://Example.com/x.png' } }).media).toEqual({ url: 'HTTPS://Example.com/x.png' });
  });

  it('reads only known keys of media and links', () => {
    const e = eventOf({ media: { url: 'https://e.com/a.jpg', onerror: 'alert(1)', __proto__: { x: 1 } }, links: [{ url: 'https://e.com', style: 'x' }] });
    expect(e.media).toEqual({ url: 'https://e.com/a.jpg' });
    expect(e.links).toEqual([{ url: 'https://e.com' }]);
  });

  it('refuses every URL but absolute http(s), with readable messages and JSON paths', () => {
    const bad: [string, string][] = [
      ['javascript:alert(1)', 'has the scheme "javascript:"; only http: and https: are allowed'],
      ['JavaScript:alert(1)', 'has the scheme "javascript:"; only http: and https: are allowed'],
      ['data:image/png;base64,iVBORw0KGgo=', 'has the scheme "data:"; only http: and https: are allowed'],
      ['vbscript:msgbox', 'has the scheme "vbscript:"; only http: and https: are allowed'],
      ['//evil.example/x.jpg', 'must be absolute, starting with http:// or https://'],
      ['/images/x.jpg', 'must be absolute, starting with http:// or https://'],
      ['x.jpg', 'must be absolute, starting with http:// or https://'],
      [' https://e.com/x.jpg', 'contains a space: percent-encode it as %20'],
      ['https://e.com/a b.jpg', 'contains a space: percent-encode it as %20'],
      ['https://e.com/\nx', 'contains a space or control character'],
      ['java\tscript:alert(1)', 'contains a space or control character'],
      ['https://user:pw@e.com/x.jpg', 'must not hold a user name or password'],
      ['https://', 'is not a valid URL'],
      ['https://[::1/x', 'is not a valid URL'],
      [`https://e.com/${'a'.repeat(2100)}`, 'is 2114 characters long; at most 2048 are allowed'],
    ];
    for (const [url, problem] of bad) {
      const messages = errorsOf({ media: { url } });
      expect(messages, url).toHaveLength(1);
      expect(messages[0], url).toMatch(/^\$\.events\[0\]\.media\.url: expected an absolute http or https URL: /);
      expect(messages[0], url).toContain(problem);
      expect(errorsOf({ links: [{ url: 'https://ok.example' }, { url }] })[0], url).toMatch(/^\$\.events\[0\]\.links\[1\]\.url: /);
      expect(schemaOk({ media: { url } }) && url.length <= 2048 && !url.includes('@') && url !== 'https://' && !url.includes('['), url).toBe(false);
    }
  });

  it('reports wrong shapes, kinds and lengths', () => {
    expect(errorsOf({ media: 'https://e.com/a.jpg' })).toEqual(['$.events[0].media: expected a media object { url, kind?, caption?, credit?, alt? }, got "https://e.com/a.jpg"']);
    expect(errorsOf({ media: {} })).toEqual(['$.events[0].media.url: is required']);
    expect(errorsOf({ media: { url: 'https://e.com/a', kind: 'audio', caption: 5 } })).toEqual([
      '$.events[0].media.kind: expected one of image, video, got "audio"',
      '$.events[0].media.caption: expected a string, got 5',
    ]);
    expect(errorsOf({ media: { url: 'https://e.com/a', credit: 'x'.repeat(301) } })).toEqual(['$.events[0].media.credit: is 301 characters long; at most 300 are allowed']);
    expect(errorsOf({ links: { url: 'https://e.com' } })).toEqual(['$.events[0].links: expected an array of links { url, text? }, got an object']);
    expect(errorsOf({ links: ['https://e.com'] })).toEqual(['$.events[0].links[0]: expected a link object { url, text? }, got "https://e.com"']);
    expect(errorsOf({ links: [{ url: 'https://e.com', text: 'y'.repeat(301) }] })).toEqual(['$.events[0].links[0].text: is 301 characters long; at most 300 are allowed']);
    expect(errorsOf({ links: Array.from({ length: 21 }, (_, i) => ({ url: `https://e.com/${i}` })) })).toEqual(['$.events[0].links: has 21 links; at most 20 are allowed']);
    expect(schemaOk({ links: Array.from({ length: 21 }, (_, i) => ({ url: `https://e.com/${i}` })) })).toBe(false);
  });

  it('checks group names', () => {
    expect(errorsOf({ group: '' })).toEqual(['$.events[0].group: must not be empty or blank: name the group, or leave group out']);
    expect(errorsOf({ group: '   ' })).toEqual(['$.events[0].group: must not be empty or blank: name the group, or leave group out']);
    expect(errorsOf({ group: 'a\u0007b' })).toEqual(['$.events[0].group: contains a control character (U+0007 at position 1): use printable characters only']);
    expect(errorsOf({ group: 'g'.repeat(101) })).toEqual(['$.events[0].group: is 101 characters long; at most 100 are allowed']);
    expect(errorsOf({ group: 3 })).toEqual(['$.events[0].group: expected a string, got 3']);
    expect(schemaOk({ group: '' })).toBe(false);
    expect(schemaOk({ group: ' ' })).toBe(false);
    expect(schemaOk({ group: 'g'.repeat(100) })).toBe(true);
  });
});

describe('urls', () => {
  it('safeHttpUrl passes http(s) only and guesses file kinds from the path', () => {
    expect(safeHttpUrl('https://e.com/')).toBe('https://e.com/');
    for (const v of [undefined, null, 5, 'javascript:alert(1)', 'data:text/html,x', 'blob:https://e.com/1', 'file:///etc/passwd', 'ftp://e.com/x']) {
      expect(safeHttpUrl(v), String(v)).toBeNull();
    }
    expect(httpUrlProblem('https://e.com')).toBeNull();
    expect(isImageFileUrl('https://e.com/a/B.JPG?x=1')).toBe(true);
    expect(isImageFileUrl('https://e.com/a.mp4')).toBe(false);
    expect(isVideoFileUrl('https://e.com/clip.webm#t=3')).toBe(true);
    expect(isVideoFileUrl('https://www.youtube.com/watch?v=x')).toBe(false);
  });
});

const mediaTimeline: Timeline = {
  version: 1, documentDate: null, timexes: [],
  events: [
    {
      id: 'e1', start: '2024-03-01', precision: 'day', title: 'Vote <held>', text: 'The vote was held & counted.', span: { start: 0, end: 0 },
      group: 'Politics', media: { url: 'https://cdn.example.com/vote.jpg', kind: 'image', caption: 'Queue <at> school', credit: 'Photo: A & B', alt: 'A queue' },
      links: [{ url: 'https://example.com/live?a=1&b=2', text: 'Live <coverage>' }, { url: 'https://example.org/' }],
    },
    { id: 'e2', start: '2024-03-02', precision: 'day', title: 'Clip', text: 'A clip.', span: { start: 0, end: 0 }, media: { url: 'https://v.example.com/c.mp4', kind: 'video' } },
  ],
};

describe('TimelineJS media, links and groups', () => {
  it('exports media (HTML-escaped caption and credit), group, and links as a paragraph of anchors', () => {
    const [slide, clip] = toTimelineJS(mediaTimeline).events;
    expect(slide!.media).toEqual({ url: 'https://cdn.example.com/vote.jpg', caption: 'Queue &lt;at&gt; school', credit: 'Photo: A &amp; B', alt: 'A queue' });
    expect(slide!.group).toBe('Politics');
    expect(slide!.text.text).toBe('<p>The vote was held &amp; counted.</p><p>'
      + '<a href="https://example.com/live?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">Live &lt;coverage&gt;</a> · '
      + '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">https://example.org/</a></p>');
    expect(clip!.media).toEqual({ url: 'https://v.example.com/c.mp4' });
  });

  it('round-trips media, links and group', () => {
    const back = fromTimelineJS(JSON.parse(JSON.stringify(toTimelineJS(mediaTimeline))));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const strip = (e: TimelineEvent) => ({ title: e.title, text: e.text, group: e.group, media: e.media, links: e.links });
    expect(back.timeline.events.map(strip)).toEqual(mediaTimeline.events.map(strip));
    expect(validate(back.timeline)).toBe(true);
  });

  it('imports TimelineJS slides: http(s) media only, anchors in prose kept as text and read as links', () => {
    const r = fromTimelineJS({ events: [
      { start_date: { year: 2020 }, text: { headline: 'A', text: '<p>See <a href="https://e.com/r">the report</a> and <a href=\'javascript:alert(1)\'>this</a>.</p>' },
        media: { url: 'https://www.youtube.com/watch?v=abc', caption: '<b>Bold</b> move', credit: 'AP' }, group: '  Desk\u0000 A ' },
      { start_date: { year: 2021 }, text: { headline: 'B', text: 'x' }, media: { url: 'javascript:alert(1)' } },
      { start_date: { year: 2022 }, text: { headline: 'C', text: 'y' }, media: { url: '<blockquote class="twitter-tweet">…</blockquote>' }, group: '' },
      { start_date: { year: 2023 }, text: { headline: 'D', text: 'z' }, media: { url: 'data:image/png;base64,AAAA' } },
    ] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a, b, c, d] = r.timeline.events;
    expect(a!.text).toBe('See the report and this.');
    expect(a!.links).toEqual([{ url: 'https://e.com/r', text: 'the report' }]);
    expect(a!.media).toEqual({ url: 'https://www.youtube.com/watch?v=abc', caption: 'Bold move', credit: 'AP' });
    expect(a!.group).toBe('Desk A');
    for (const e of [b, c, d]) {
      expect(e!.media).toBeUndefined();
      expect(e!.group).toBeUndefined();
      expect(e!.links).toBeUndefined();
    }
  });

  it('reads a long run of anchors in linear time', () => {
    const html = `<p>${'<a href="https://e.com/x">x</a> · '.repeat(20_000)}</p>${'<a '.repeat(20_000)}`;
    const t0 = performance.now();
    const r = fromTimelineJS({ events: [{ start_date: { year: 2020 }, text: { headline: 'A', text: html } }] });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.ok && r.timeline.events[0]!.links).toEqual([{ url: 'https://e.com/x', text: 'x' }]);
  });
});

describe('iCalendar and CSV', () => {
  it('writes the first http(s) link as URL and the group as one category', () => {
    const t: Timeline = { ...mediaTimeline, events: [{ ...mediaTimeline.events[0]!, group: 'Politics, national; desk',
      links: [{ url: 'javascript:alert(1)' }, { url: 'https://example.com/a;b,c?q=1&r=%20' }] }] };
    const ics = toIcs(t, { now: new Date(Date.UTC(2024, 0, 1)) });
    expect(ics).not.toContain('javascript');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).toBe('https://example.com/a;b,c?q=1&r=%20');
    expect(vevent.getFirstProperty('categories')!.getValues()).toEqual(['Politics, national; desk']);
  });

  it('adds group, media_url and link_url after the older columns', () => {
    const csv = toCsv(mediaTimeline);
    const rows = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true }).data;
    expect(rows[0]).toMatchObject({ group: 'Politics', media_url: 'https://cdn.example.com/vote.jpg', link_url: 'https://example.com/live?a=1&b=2' });
    expect(rows[1]).toMatchObject({ group: '', media_url: 'https://v.example.com/c.mp4', link_url: '' });
    const unsafe = toCsv({ events: [{ ...mediaTimeline.events[0]!, media: { url: 'javascript:x' }, links: [{ url: 'data:,x' }] }] });
    expect(unsafe).not.toMatch(/javascript|data:/);
  });
});

describe('mergeTimelines groups', () => {
  const one = (title: string | undefined, events: Partial<TimelineEvent>[]): Timeline => ({
    version: 1, documentDate: null, timexes: [], ...(title === undefined ? {} : { title }),
    events: events.map((e, i) => ({ id: `e${i + 1}`, start: '2024-01-0' + (i + 1), precision: 'day', title: 't', text: 't', span: { start: 0, end: 0 }, ...e })),
  });

  it('groups each source by its name, else its title; an event\'s own group wins', () => {
    const merged = mergeTimelines([
      { source: 'a.txt', timeline: one('Floods in the north', [{}, { group: 'Weather' }]) },
      { source: 'b.txt', timeline: one('Ignored title', [{}]), name: 'Desk B' },
      { source: 'c.txt', timeline: one(undefined, [{}]) },
      { source: 'd.txt', timeline: one(` ${'Long\ntitle '.repeat(20)}`, [{}]) },
    ]);
    const byId = Object.fromEntries(merged.events.map((e) => [e.id, e.group]));
    expect(byId).toMatchObject({ 's1-e1': 'Floods in the north', 's1-e2': 'Weather', 's2-e1': 'Desk B', 's3-e1': undefined });
    expect(byId['s4-e1']!.length).toBeLessThanOrEqual(100);
    expect(byId['s4-e1']).toMatch(/^Long title Long title .*…$/);
    expect(merged.events.find((e) => e.id === 's3-e1')).not.toHaveProperty('group');
    expect(validate(merged)).toBe(true);
    expect(parseTimeline(merged).ok).toBe(true);
  });
});
