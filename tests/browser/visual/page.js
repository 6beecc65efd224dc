// Visual check page for <event-timeline>: seed timeline wide (with source), narrow (list) and dark.
import { EventTimeline } from '../../../src/element/define.ts';
window.EventTimelineClass = EventTimeline; // a used import: package.json sideEffects would let esbuild drop a bare one
import seed from '../fixtures/seed-timeline.json';
import article from '../fixtures/seed-article.txt';
import { makeTimeline } from '../../bench/element/data.mjs';

const ANCIENT = { version: 1, documentDate: null, timexes: [], events: [
  { id: 'a1', start: 'BC0753', precision: 'year', title: 'Rome is founded, by tradition', text: '', span: { start: 0, end: 0 } },
  { id: 'a2', start: 'BC0509', precision: 'year', title: 'The Roman Republic is established', text: '', span: { start: 0, end: 0 } },
  { id: 'a3', start: 'BC0044', precision: 'year', title: 'Julius Caesar is assassinated', text: '', span: { start: 0, end: 0 } },
  { id: 'a4', start: 'BC0027', end: '0014', precision: 'year', title: 'Reign of Augustus', text: '', span: { start: 0, end: 0 } },
  { id: 'a5', start: '0079', precision: 'year', title: 'Vesuvius buries Pompeii', text: '', span: { start: 0, end: 0 } },
  { id: 'a6', start: '02', precision: 'century', title: 'Height of the empire', text: '', span: { start: 0, end: 0 }, dateSource: 'inherited', explanation: 'inherited from the paragraph' },
] };

const params = new URLSearchParams(location.search);
const el = document.createElement('event-timeline');
if (params.get('theme')) el.setAttribute('theme', params.get('theme'));
if (params.has('source')) el.setAttribute('show-source', '');
document.body.className = params.get('theme') === 'dark' ? 'dark' : '';
document.getElementById('stage').style.width = `${params.get('width') ?? 1100}px`;
document.getElementById('stage').append(el);
if (params.has('text')) {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.textContent = article;
  el.append(script);
} else if (params.has('n')) {
  el.timeline = makeTimeline(Number(params.get('n')), 42);
} else if (params.has('bc')) {
  el.timeline = ANCIENT;
} else {
  el.timeline = seed;
}
window.timelineEl = el;
