// Visual check page for <event-timeline>: seed timeline wide (with source), narrow (list) and dark.
import { EventTimeline } from '../../../src/element/define.ts';
window.EventTimelineClass = EventTimeline; // a used import: package.json sideEffects would let esbuild drop a bare one
import seed from '../fixtures/seed-timeline.json';
import article from '../fixtures/seed-article.txt';

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
} else {
  el.timeline = seed;
}
window.timelineEl = el;
