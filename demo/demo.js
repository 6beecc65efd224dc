// The demo page: the seed article's timeline, and a form to build the timeline of any text.
// Uses only the self-contained bundle, exactly as a page that embeds the element would.
import * as et from '../dist/event-timeline.min.js';

/** Example articles: the seed and a few article shapes (the gold articles in tests/ and demo/articles/). */
const EXAMPLES = {
  kazakhstan: { url: '../seeds/kazakhstan-csto-global-times-2022-01-07.txt', kicker: 'Example · Global Times' },
  floods: { url: '../tests/gold/disaster-river-aske-floods-2025-09-18.txt', kicker: 'Example · a disaster story with a background event decades back' },
  liveblog: { url: '../tests/gold/liveblog-ferry-strike-2025-06-12.txt', kicker: 'Example · a live blog' },
  talks: { url: '../tests/gold/diplomacy-tavra-dam-talks-2025-10-22.txt', kicker: 'Example · a story full of statements' },
  rome: { url: 'articles/history-rome-and-carthage.txt', kicker: 'Example · a history with BC dates' },
  canal: { url: '../tests/gold/history-harwick-ship-canal-2024-09-14.txt', kicker: 'Example · a history told in story time' },
};
const $ = (id) => document.getElementById(id);
const frame = $('timeline-frame');
let current = { text: '', name: 'timeline' };

/**
 * Mounts a fresh <event-timeline> with `text` as its inline source (never parsed as HTML); resolves with the
 * element once the text has been read (timeline-load) or could not be (timeline-error).
 */
function mountTimeline(text, documentDate) {
  const element = document.createElement('event-timeline');
  element.setAttribute('show-source', '');
  element.setAttribute('label', 'Timeline of the article');
  if (documentDate) element.setAttribute('document-date', documentDate);
  // `?storytelling` in the page URL: previous / next through the events, the card as a slide.
  if (new URLSearchParams(location.search).has('storytelling')) element.setAttribute('storytelling', '');
  // `?lang=fr` (de, es, ...): dates and the element's UI strings in that language (the article is still read as English).
  const lang = new URLSearchParams(location.search).get('lang');
  if (lang) element.setAttribute('lang', lang);
  const source = document.createElement('script');
  source.type = 'text/plain';
  source.textContent = text;
  element.append(source);
  const read = new Promise((resolve) => {
    element.addEventListener('timeline-load', () => resolve(element), { once: true });
    element.addEventListener('timeline-error', (event) => {
      $('stats').textContent = `Could not build a timeline: ${event.detail?.message ?? 'unknown error'}`;
      resolve(null);
    });
  });
  $('stats').textContent = 'Reading the text…';
  frame.replaceChildren(element);
  return read;
}

/** A publication date in words: `Thursday 12 June 2025, 07:05 UTC+01:00` (the value itself when it is no day). */
function datePhrase(value) {
  const day = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(day.getTime())) return value;
  const words = day.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const time = /T(\d{2}:\d{2})/.exec(value);
  const zone = /T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.exec(value);
  return `${words}${time ? `, ${time[1]}` : ''}${zone ? ` UTC${zone[1] === 'Z' ? '' : zone[1]}` : ''}`;
}

async function showStats(element) {
  if (!element) return;
  await element.updateComplete;
  const timeline = element.timeline;
  if (!timeline) return;
  const dated = timeline.events.length;
  const timexes = timeline.timexes.length;
  const published = timeline.documentDate ? ` · published ${datePhrase(timeline.documentDate)}` : ' · no publication date found';
  $('stats').textContent = `${dated} events from ${timexes} temporal expressions${published}. Click an event or a highlighted sentence.`;
  $('downloads').hidden = dated === 0;
}

/** First line is the headline; a line with Published/Updated/By is the byline. */
function describe(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 4);
  const byline = lines.find((l) => /\b(published|updated|posted)\b|^by\s/i.test(l)) ?? '';
  return { title: lines[0] ?? 'Untitled text', byline };
}

async function showText(text, { kicker, documentDate, name }) {
  current = { text, name };
  const { title, byline } = describe(text);
  $('story-kicker').textContent = kicker;
  $('story-title').textContent = title.length > 160 ? `${title.slice(0, 157)}…` : title;
  $('story-meta').textContent = byline;
  await showStats(await mountTimeline(text, documentDate));
}

/** Shows an example article; `?example=<id>` in the page URL picks one. */
async function showSeed(id = new URLSearchParams(location.search).get('example') ?? 'kazakhstan') {
  const example = Object.hasOwn(EXAMPLES, id) ? EXAMPLES[id] : EXAMPLES.kazakhstan;
  $('example-select').value = Object.hasOwn(EXAMPLES, id) ? id : 'kazakhstan';
  const response = await fetch(example.url);
  if (!response.ok) throw new Error(`could not load the example article (${response.status})`);
  await showText(await response.text(), { kicker: example.kicker, name: id });
}

$('example-select').addEventListener('change', () => {
  const id = $('example-select').value;
  history.replaceState(null, '', `?example=${encodeURIComponent(id)}`);
  showSeed(id).catch((error) => { $('stats').textContent = error.message; });
});

$('try-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = $('article-input').value;
  if (!text.trim()) { $('stats').textContent = 'Paste some text first.'; return; }
  await showText(text, { kicker: 'Your text', documentDate: $('date-input').value || undefined, name: 'my-timeline' });
  $('story-title').scrollIntoView({ behavior: 'smooth', block: 'start' });
});

$('file-input').addEventListener('change', async () => {
  const file = $('file-input').files?.[0];
  if (!file) return;
  $('article-input').value = await file.text();
});

$('reset-button').addEventListener('click', () => { $('article-input').value = ''; showSeed(); });

const exporters = {
  json: { fn: (t) => JSON.stringify(t, null, 2), type: 'application/json', ext: 'json' },
  csv: { fn: et.toCsv, type: 'text/csv', ext: 'csv' },
  ics: { fn: et.toIcs, type: 'text/calendar', ext: 'ics' },
  timelinejs: { fn: (t) => JSON.stringify(et.toTimelineJS(t), null, 2), type: 'application/json', ext: 'timelinejs.json' },
};
for (const button of document.querySelectorAll('#downloads button')) {
  const exporter = exporters[button.dataset.format];
  if (!exporter?.fn) { button.hidden = true; continue; }
  button.addEventListener('click', () => {
    const timeline = frame.querySelector('event-timeline')?.timeline;
    if (!timeline) return;
    const blob = new Blob([exporter.fn(timeline)], { type: exporter.type });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `${current.name}.${exporter.ext}` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
}

showSeed().catch((error) => { $('stats').textContent = error.message; });
