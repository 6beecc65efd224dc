import { describe, expect, it } from 'vitest';
import { TextExtraction } from '../../../src/element/text-extraction.js';
import type { ExtractReply, ExtractRequest } from '../../../src/element/extract-protocol.js';
import { extractTimeline } from '../../../src/events/index.js';

const ARTICLE = 'ALMATY, Jan. 7, 2022 (Wire) -- Protesters gathered in Aktau on Jan. 4, 2022. The government resigned on Wednesday.';

/** A stand-in worker: records what it is sent; the test replies or fails for it. */
class FakeWorker extends EventTarget {
  posted: ExtractRequest[] = [];
  terminated = false;
  postMessage(message: ExtractRequest): void { this.posted.push(message); }
  terminate(): void { this.terminated = true; }
  reply(data: ExtractReply): void { this.dispatchEvent(new MessageEvent('message', { data })); }
  fail(): void { this.dispatchEvent(new Event('error', { cancelable: true })); }
}

function withFakes(): { extraction: TextExtraction; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const extraction = new TextExtraction(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  }, () => Promise.resolve());
  return { extraction, workers };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('TextExtraction', () => {
  it('sends the text to the worker and parses the Timeline it replies', async () => {
    const { extraction, workers } = withFakes();
    const run = extraction.run(ARTICLE, { documentDate: '2022-01-07' });
    expect(extraction.busy).toBe(true);
    const [{ id, text, options }] = workers[0]!.posted;
    expect([text, options]).toEqual([ARTICLE, { documentDate: '2022-01-07' }]);
    const timeline = extractTimeline(ARTICLE, options);
    workers[0]!.reply({ id: id + 1, json: '{}' }); // another request's reply: ignored
    workers[0]!.reply({ id, json: JSON.stringify(timeline) });
    expect(await run).toEqual({ timeline });
    expect(extraction.busy).toBe(false);
  });

  it('passes on what extraction threw in the worker', async () => {
    const { extraction, workers } = withFakes();
    const run = extraction.run('x', {});
    workers[0]!.reply({ id: workers[0]!.posted[0]!.id, error: 'documentDate "soon" is not a valid date' });
    expect(await run).toEqual({ error: 'documentDate "soon" is not a valid date' });
  });

  it('drops a stale run: it resolves to null, and the busy worker is ended for a fresh one', async () => {
    const { extraction, workers } = withFakes();
    const first = extraction.run('first text', {});
    const second = extraction.run(ARTICLE, {});
    expect(await first).toBeNull();
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    const timeline = extractTimeline(ARTICLE);
    workers[1]!.reply({ id: workers[1]!.posted[0]!.id, json: JSON.stringify(timeline) });
    expect(await second).toEqual({ timeline });
    const third = extraction.run(ARTICLE, {});
    extraction.cancel();
    expect(await third).toBeNull();
  });

  it('falls back to the main thread when the worker fails to load, and for every later run', async () => {
    const { extraction, workers } = withFakes();
    const run = extraction.run(ARTICLE, {});
    workers[0]!.fail();
    expect(await run).toEqual({ timeline: extractTimeline(ARTICLE) });
    expect(workers[0]!.terminated).toBe(true);
    expect(extraction.onMainThread).toBe(true);
    expect(await extraction.run('On May 2, 2020, talks began.', {})).toEqual({ timeline: extractTimeline('On May 2, 2020, talks began.') });
    expect(workers).toHaveLength(1);
  });

  it('falls back when the worker cannot start, and reports invalid options from there too', async () => {
    const extraction = new TextExtraction(() => { throw new DOMException('refused', 'SecurityError'); }, () => Promise.resolve());
    expect(await extraction.run(ARTICLE, {})).toEqual({ timeline: extractTimeline(ARTICLE) });
    expect(await extraction.run(ARTICLE, { documentDate: 'soon' })).toEqual({ error: expect.stringMatching(/^documentDate "soon" is not a valid date/) });
  });

  it('dispose ends the worker and drops the run under way', async () => {
    const { extraction, workers } = withFakes();
    expect(extraction.dispose()).toBe(false);
    const run = extraction.run(ARTICLE, {});
    expect(extraction.dispose()).toBe(true);
    expect(await run).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    await tick();
    expect(extraction.busy).toBe(false);
  });
});
