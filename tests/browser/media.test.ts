/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { EventTimeline, TimelineErrorDetail } from '../../src/element/event-timeline.js';
import type { Timeline, TimelineEvent } from '../../src/model/types.js';
import { prepareTimeline } from '../../src/render/prepare.js';
import { cardTemplate } from '../../src/element/card.js';
import { $, $$, FIXTURES, nextEvent, settle } from './helpers.js';

const PHOTO = `${location.origin}${FIXTURES}/photo.svg`;

const ev = (id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, start, precision: 'day', title: `Event ${id}`, text: `The text of event ${id}.`, span: { start: 0, end: 0 }, ...extra,
});

function newsTimeline(): Timeline {
  return {
    version: 1, documentDate: null, timexes: [], title: 'Flood week',
    events: [
      ev('e1', '2024-03-01', {
        group: 'Weather',
        media: { url: PHOTO, caption: 'The river at dawn.', credit: 'Photo: A. Reporter', alt: 'A river between green hills' },
        links: [{ url: 'https://example.com/live', text: 'Live coverage' }, { url: 'https://example.org/report/2024' }],
      }),
      ev('e2', '2024-03-03', { group: 'Politics' }),
      ev('e3', '2024-03-05', { group: 'Weather', media: { url: 'https://video.example.com/clip.mp4', caption: 'Rescue boats.' } }),
      ev('e4', '2024-03-07', { group: 'Economy', media: { url: 'https://www.youtube.com/watch?v=abc', kind: 'video' } }),
    ],
  };
}

async function mount(timeline: Timeline, width = 1000, height = 460, theme = 'light'): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline theme=${theme} .timeline=${timeline}></event-timeline>`);
  el.style.setProperty('width', `${width}px`);
  el.style.setProperty('height', `${height}px`);
  await settle(el);
  return el;
}

interface AxeResult { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }
interface Axe { run(context: Element, options?: object): Promise<AxeResult> }

async function violations(el: Element): Promise<string[]> {
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load'));
      document.head.append(script);
    });
  }
  const result = await w.axe!.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
}

const imageLoaded = (img: HTMLImageElement) => (img.complete ? Promise.resolve() : new Promise<void>((resolve) => {
  img.addEventListener('load', () => resolve(), { once: true });
  img.addEventListener('error', () => resolve(), { once: true });
}));

describe('<event-timeline> media and links in the card', () => {
  it('shows the image (lazy, with alt), its caption and credit, and the links (new tab, noopener noreferrer)', async () => {
    const el = await mount(newsTimeline());
    const chart = $(el, '.chart')!.getBoundingClientRect();
    el.selectEvent('e1');
    await settle(el);
    const card = $(el, '.chart .card')!;
    const img = card.querySelector<HTMLImageElement>('.media img')!;
    expect(img.getAttribute('src')).to.equal(PHOTO);
    expect(img.alt).to.equal('A river between green hills');
    expect(img.loading).to.equal('lazy');
    expect(card.querySelector('figcaption .caption')!.textContent).to.equal('The river at dawn.');
    expect(card.querySelector('figcaption .credit')!.textContent).to.equal('Photo: A. Reporter');
    expect(card.querySelector('.group')!.textContent!.trim()).to.equal('Weather');
    const links = Array.from(card.querySelectorAll<HTMLAnchorElement>('.links a'));
    const label = (a: Element) => a.textContent!.replace(' (opens in a new tab)', '');
    expect(links.map((a) => [a.getAttribute('href'), label(a)])).to.deep.equal([
      ['https://example.com/live', 'Live coverage'], ['https://example.org/report/2024', 'example.org/report/2024'],
    ]);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.textContent).to.contain('(opens in a new tab)');
    }
    // The media box has its height before the image loads: loading changes neither the card nor the chart.
    const before = card.getBoundingClientRect().height;
    await imageLoaded(img);
    await settle(el);
    expect(img.naturalWidth).to.be.greaterThan(0);
    expect(card.getBoundingClientRect().height).to.equal(before);
    expect(img.getBoundingClientRect().height).to.be.at.most(160.5);
    expect($(el, '.chart')!.getBoundingClientRect().height).to.equal(chart.height);
  });

  it('plays a video file, links other video and unknown media', async () => {
    const el = await mount(newsTimeline());
    el.selectEvent('e3');
    await settle(el);
    const video = $(el, '.chart .card video')!;
    expect(video.getAttribute('src')).to.equal('https://video.example.com/clip.mp4');
    expect(video.hasAttribute('controls')).to.equal(true);
    expect(video.getAttribute('aria-label')).to.equal('Rescue boats.');
    el.selectEvent('e4');
    await settle(el);
    expect($(el, '.chart .card video')).to.equal(null);
    const link = $(el, '.chart .card .media a.media-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=abc');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.contain('Watch the video');
  });

  it('never puts a javascript: or data: URL in an href or src', async () => {
    const el = await mount(newsTimeline());
    const bad = newsTimeline();
    bad.events[1]!.media = { url: 'javascript:alert(1)' };
    bad.events[2]!.links = [{ url: 'javascript:alert(2)', text: 'click' }];
    const error = nextEvent<TimelineErrorDetail>(el, 'timeline-error');
    el.timeline = bad;
    const detail = (await error).detail;
    expect(detail.errors!.map((e) => e.path)).to.deep.equal(['$.events[1].media.url', '$.events[2].links[0].url']);
    await settle(el);
    // The render path checks again, for events that never went through the validator.
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const event = ev('x', '2024-01-01', {
        media: { url: 'javascript:alert(1)', kind: 'image', caption: 'Cap' },
        links: [{ url: 'javascript:alert(1)', text: 'js' }, { url: 'data:text/html,<script>alert(1)</script>', text: 'data' }, { url: ' https://e.com' },
          { url: 'https://ok.example/', text: '<b>not html</b>' }],
      });
      render(cardTemplate(prepareTimeline([event]).items[0]!, null, () => {}), host);
      expect(host.querySelector('img, video, figure')).to.equal(null);
      const hrefs = Array.from(host.querySelectorAll('[href], [src]')).map((n) => n.getAttribute('href') ?? n.getAttribute('src'));
      expect(hrefs).to.deep.equal(['https://ok.example/']);
      expect(host.querySelector('.links b')).to.equal(null);
      expect(host.querySelector('.links a')!.textContent).to.equal('<b>not html</b> (opens in a new tab)');
    } finally {
      host.remove();
    }
    for (const node of $$(el, '[href], [src]')) expect(node.getAttribute('href') ?? node.getAttribute('src')).to.match(/^https?:/);
  });

  it('a broken image hides, its caption stays', async () => {
    const t = newsTimeline();
    t.events[0]!.media = { url: `${location.origin}/no-such-image.png`, caption: 'Gone.' };
    const el = await mount(t);
    el.selectEvent('e1');
    await settle(el);
    const img = $(el, '.chart .card img') as HTMLImageElement;
    expect(img.alt).to.equal('Gone.');
    await imageLoaded(img);
    await settle(el);
    expect(img.hidden).to.equal(true);
    expect($(el, '.chart .card figcaption')!.textContent).to.equal('Gone.');
  });
});

describe('<event-timeline> media, links and groups: accessibility', () => {
  for (const theme of ['light', 'dark']) {
    it(`axe-core finds no violations with the legend and a card with media and links (${theme})`, async () => {
      document.body.style.setProperty('background', theme === 'dark' ? '#020617' : '#ffffff');
      try {
        const el = await mount(newsTimeline(), 1000, 520, theme);
        el.selectEvent('e1');
        await settle(el);
        await imageLoaded($(el, '.chart .card img') as HTMLImageElement);
        expect(await violations(el)).to.deep.equal([]);
      } finally {
        document.body.style.removeProperty('background');
      }
    });
  }
});

describe('<event-timeline> groups', () => {
  it('colours markers by group and lists the groups in a legend', async () => {
    const el = await mount(newsTimeline());
    const legend = $(el, '[part~="legend"]')!;
    expect(legend.hidden).to.equal(false);
    const items = Array.from(legend.querySelectorAll('li'));
    expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['Weather', 'Politics', 'Economy']);
    const swatch = (li: Element) => getComputedStyle(li.querySelector('.swatch')!).backgroundColor;
    expect(new Set(items.map(swatch)).size).to.equal(3);
    el.fit();
    await settle(el);
    const fill = (id: string) => getComputedStyle($(el, `.chart g.event[data-id="${id}"] .dot`)!).fill;
    expect(fill('e1')).to.equal(swatch(items[0]!));
    expect(fill('e3')).to.equal(swatch(items[0]!));
    expect(fill('e2')).to.equal(swatch(items[1]!));
    expect(fill('e4')).to.equal(swatch(items[2]!));
    expect($(el, '.chart g.event[data-id="e2"]')!.getAttribute('data-group')).to.equal('Politics');
    // Colour is not the only cue: the screen-reader list and the tooltip name the group.
    expect($$(el, 'ol.sr-only li')[1]!.textContent).to.equal('Sunday, 3 March 2024: Event e2 (Politics)');
    $(el, '.chart g.event[data-id="e2"]')!.dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    expect($(el, '.tooltip .when')!.textContent).to.contain('· Politics');
    // The card's edge takes the group colour too.
    el.selectEvent('e2');
    await settle(el);
    expect(getComputedStyle($(el, '.chart .card')!).borderLeftColor).to.equal(swatch(items[1]!));
  });

  it('a page themes the group colours; dark defaults differ from light', async () => {
    const el = await mount(newsTimeline());
    el.style.setProperty('--event-timeline-group-2', 'rgb(1, 2, 3)');
    await settle(el);
    expect(getComputedStyle($(el, '.legend li:nth-child(2) .swatch')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    const dark = await mount(newsTimeline(), 1000, 460, 'dark');
    expect(getComputedStyle($(dark, '.legend li:nth-child(1) .swatch')!).backgroundColor)
      .to.not.equal(getComputedStyle($(el, '.legend li:nth-child(1) .swatch')!).backgroundColor);
  });

  it('hides the legend for one group or none, and colours list items', async () => {
    const one = newsTimeline();
    for (const e of one.events) e.group = 'Only';
    const el = await mount(one);
    expect($(el, '[part~="legend"]')!.hidden).to.equal(true);
    expect(getComputedStyle($(el, '[part~="legend"]')!).display).to.equal('none');
    const none = newsTimeline();
    for (const e of none.events) delete e.group;
    const plain = await mount(none);
    expect($(plain, '[part~="legend"]')!.hidden).to.equal(true);
    expect($(plain, '.chart g.event[class*="group-"]')).to.equal(null);
    const list = await mount(newsTimeline(), 420, 600);
    expect(list.shadowRoot!.querySelector('.list li.group-2')).to.not.equal(null);
  });
});
