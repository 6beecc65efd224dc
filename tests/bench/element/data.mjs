// Deterministic synthetic timelines for the element benchmark: N news-like events over 30 years.
// Pure (no DOM, no Node APIs) so that the bench page and Node scripts share it.

/** mulberry32: small, fast, seedable PRNG; returns floats in [0, 1). */
export function makeRng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'The central bank', 'Parliament', 'The prime minister', 'Protesters', 'The health ministry',
  'Opposition leaders', 'The supreme court', 'Rescue teams', 'The electoral commission', 'Union members',
  'The foreign minister', 'Energy regulators', 'City council', 'Security forces', 'The national airline',
  'Farmers', 'The president', 'A coalition of NGOs', 'Investigators', 'The state oil company',
];
const PREDICATES = [
  'raised interest rates by half a point', 'passed a revised budget', 'announced a state of emergency',
  'gathered outside the main government building', 'reported a rise in new infections', 'called for early elections',
  'overturned a ban on public gatherings', 'reached the collapsed mine', 'certified the final results',
  'began an indefinite strike', 'met counterparts for border talks', 'approved a fuel price cap',
  'voted to expand the tram network', 'detained dozens of people', 'suspended flights to the capital',
  'blocked roads with tractors', 'signed a decree on gas prices', 'published a report on water quality',
  'opened an inquiry into the contract', 'cut output after the pipeline leak',
];
const PLACES = [
  'Almaty', 'Nur-Sultan', 'Geneva', 'Lagos', 'Lima', 'Osaka', 'Tbilisi', 'Porto', 'Dhaka', 'Quito',
  'Nairobi', 'Gdansk', 'Hanoi', 'Montreal', 'Tunis', 'Brisbane',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

export const FIRST_YEAR = 1995;
export const YEARS = 30;
const DAY_MS = 86_400_000;
const START_MS = Date.UTC(FIRST_YEAR, 0, 1);
const SPAN_DAYS = Math.round((Date.UTC(FIRST_YEAR + YEARS, 0, 1) - START_MS) / DAY_MS);

const pad = (n, w = 2) => String(n).padStart(w, '0');
const isoDay = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const pick = (rng, list) => list[Math.floor(rng() * list.length)];

/**
 * Precision mix (cumulative): 72% day, 2% minute, 10% month, 6% year, 10% day ranges (1-60 days).
 * Returns { start, end?, precision, phrase } with TimeML values and a phrase as a reader writes it.
 */
function makeDate(rng) {
  const d = new Date(START_MS + Math.floor(rng() * SPAN_DAYS) * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const r = rng();
  if (r < 0.72) return { start: isoDay(d), precision: 'day', phrase: `on ${d.getUTCDate()} ${MONTHS[m]} ${y}` };
  if (r < 0.74) {
    const hh = pad(6 + Math.floor(rng() * 14));
    const mm = pad(Math.floor(rng() * 4) * 15);
    return { start: `${isoDay(d)}T${hh}:${mm}`, precision: 'minute', phrase: `at ${hh}:${mm} on ${d.getUTCDate()} ${MONTHS[m]} ${y}` };
  }
  if (r < 0.84) return { start: `${y}-${pad(m + 1)}`, precision: 'month', phrase: `in ${MONTHS[m]} ${y}` };
  if (r < 0.90) return { start: String(y), precision: 'year', phrase: `in ${y}` };
  const end = new Date(d.getTime() + (1 + Math.floor(rng() * 60)) * DAY_MS);
  return { start: isoDay(d), end: isoDay(end), precision: 'day', phrase: `from ${isoDay(d)} to ${isoDay(end)}` };
}

/** N events (ids e1..eN) in "text order" (not sorted by date), like an extractor's output. */
export function makeEvents(n, seed = 42) {
  const rng = makeRng(seed);
  const events = [];
  let offset = 0;
  for (let i = 1; i <= n; i++) {
    const date = makeDate(rng);
    const place = rng() < 0.6 ? ` in ${pick(rng, PLACES)}` : '';
    const title = `${pick(rng, SUBJECTS)} ${pick(rng, PREDICATES)}${place}`;
    const text = `${title} ${date.phrase}.`;
    const event = { id: `e${i}`, start: date.start, precision: date.precision, title, text,
      span: { start: offset, end: offset + text.length }, dateSource: 'explicit' };
    if (date.end) event.end = date.end;
    events.push(event);
    offset += text.length + 1;
  }
  return events;
}

/** A whole Timeline (src/model/types.ts) around makeEvents. */
export function makeTimeline(n, seed = 42) {
  return { version: 1, documentDate: `${FIRST_YEAR + YEARS - 1}-12-31`, title: `Synthetic timeline, ${n} events`,
    timexes: [], events: makeEvents(n, seed) };
}

/** Extent in UTC ms of a TimeML value this generator emits (day, minute, month, year). */
export function valueExtent(value) {
  const [datePart, time] = value.split('T');
  const [y, m, d] = datePart.split('-').map(Number);
  if (time) {
    const [hh, mm] = time.split(':').map(Number);
    const t = Date.UTC(y, m - 1, d, hh, mm);
    return [t, t + 60_000];
  }
  if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

/**
 * The same events as vis-timeline items: points for day/minute, ranges for month/year extents and ranges
 * (what our element draws as bands and bars). Done before timing; vis gets ready Date objects.
 */
export function toVisItems(events) {
  return events.map((e) => {
    const [s, sEnd] = valueExtent(e.start);
    if (e.end) return { id: e.id, content: e.title, start: new Date(s), end: new Date(valueExtent(e.end)[1]), type: 'range' };
    if (e.precision === 'month' || e.precision === 'year') {
      return { id: e.id, content: e.title, start: new Date(s), end: new Date(sEnd), type: 'range' };
    }
    return { id: e.id, content: e.title, start: new Date(s), type: 'box' };
  });
}
