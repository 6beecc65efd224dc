import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { extractTimelineInBlocks, joinBlockTimelines, textBlocks } from '../../../src/events/blocks.js';
import { valueStartTime } from '../../../src/model/timex-value.js';

const gold = join(import.meta.dirname, '../../gold');
const articles = readdirSync(gold).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(gold, f), 'utf8'));
const noPause = { pause: () => Promise.resolve() };

describe('textBlocks', () => {
  it('covers the text with consecutive spans, none longer than the size', () => {
    const text = articles.join('\n\n');
    const blocks = textBlocks(text, 5000);
    expect(blocks[0]!.start).toBe(0);
    expect(blocks.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBe(blocks[i - 1]!.end);
    for (const b of blocks) expect(b.end - b.start).toBeLessThanOrEqual(5000);
    expect(blocks.length).toBeGreaterThan(text.length / 5000);
  });

  it('cuts after a blank line first, then a line break, a sentence end, a space', () => {
    const para = 'One two three. Four five six.';
    expect(textBlocks(`${para}\n\n${para}`, 40).map((b) => b.end)).toEqual([31, 60]);
    expect(textBlocks(`${para}\n${para}`, 40).map((b) => b.end)).toEqual([30, 59]);
    expect(textBlocks(`${para} ${para}`, 40)[0]!.end).toBe(30);
    expect(textBlocks('aaaa bbbb cccc', 12)[0]!.end).toBe(10);
    expect(textBlocks('x'.repeat(25), 10).map((b) => b.end)).toEqual([10, 20, 25]);
  });

  it('gives one block for a short text or an empty one', () => {
    expect(textBlocks('Short.', 100)).toEqual([{ start: 0, end: 6 }]);
    expect(textBlocks('', 100)).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('extractTimelineInBlocks', () => {
  it('gives extractTimeline\'s result for a text of one block', async () => {
    const text = articles[0]!;
    const options = { documentDate: '2023-06-02' };
    expect(await extractTimelineInBlocks(text, options, { ...noPause, blockSize: text.length })).toEqual(extractTimeline(text, options));
  });

  it('keeps every event and timex of every block, with the whole text\'s offsets and ids', async () => {
    const text = articles.join('\n\n');
    const options = { documentDate: '2025-01-01' };
    let pauses = 0;
    const t = (await extractTimelineInBlocks(text, options, { pause: async () => { pauses++; }, blockSize: 8000 }))!;
    const blocks = textBlocks(text, 8000);
    expect(pauses).toBe(blocks.length);
    const eachBlock = blocks.map((b) => extractTimeline(text.slice(b.start, b.end), options));
    expect(t.events).toHaveLength(eachBlock.reduce((n, x) => n + x.events.length, 0));
    expect(t.timexes).toHaveLength(eachBlock.reduce((n, x) => n + x.timexes.length, 0));
    expect(t.timexes.map((x) => x.id)).toEqual(t.timexes.map((_, i) => `t${i + 1}`));
    for (const x of t.timexes) expect(text.slice(x.start, x.end)).toBe(x.text);
    const timexIds = new Set(t.timexes.map((x) => x.id));
    expect(t.events.map((e) => e.id)).toEqual(t.events.map((_, i) => `e${i + 1}`));
    for (const e of t.events) {
      expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
      for (const s of e.spans ?? []) expect(s.end).toBeLessThanOrEqual(text.length);
      for (const id of e.timexIds ?? []) expect(timexIds.has(id)).toBe(true);
    }
    const starts = t.events.map((e) => valueStartTime(e.start));
    for (let i = 1; i < starts.length; i++) if (!Number.isNaN(starts[i]! + starts[i - 1]!)) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
    expect(t.documentDate).toBe('2025-01-01');
  }, 30_000); // (it extracts every gold article twice: seconds on a loaded machine)

  it('sizes blocks by the time they take when no blockSize is given (a small first block, then about 40 ms each)', async () => {
    const text = articles.join('\n\n');
    let pauses = 0;
    const t = (await extractTimelineInBlocks(text, {}, { pause: async () => { pauses++; } }))!;
    expect(pauses).toBeGreaterThan(1);
    for (const e of t.events) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
    for (const x of t.timexes) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('reads the publication date from the first block and anchors later blocks to it', async () => {
    const text = `WASHINGTON, March 3, 2021 -- The bill passed on Monday.\n\n${'Nothing happened here. '.repeat(20)}\n\nThe senate voted on Tuesday.`;
    const t = (await extractTimelineInBlocks(text, {}, { ...noPause, blockSize: 300 }))!;
    expect(textBlocks(text, 300).length).toBeGreaterThan(1);
    expect(t.documentDate).toBe('2021-03-03');
    expect(t.documentDateSource).toBe('text');
    expect(t.events.map((e) => e.start)).toEqual(['2021-03-01', '2021-03-02']);
  });

  it('stops when the run goes stale, and throws what extractTimeline throws', async () => {
    let calls = 0;
    const text = articles.join('\n\n');
    expect(await extractTimelineInBlocks(text, {}, { ...noPause, stale: () => ++calls > 1, blockSize: 8000 })).toBeNull();
    await expect(extractTimelineInBlocks('On May 2, 2020.', { documentDate: 'soon' }, noPause)).rejects.toThrow(/documentDate/);
  });
});

describe('joinBlockTimelines', () => {
  it('is an empty timeline for no blocks', () => {
    expect(joinBlockTimelines([])).toEqual({ version: 1, documentDate: null, documentDateSource: 'none', timexes: [], events: [] });
  });
});
