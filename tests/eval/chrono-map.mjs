// Maps chrono-node results to TIMEX3-like timexes, as fairly as chrono's output allows:
// the components chrono marks as known give the value's precision (year -> YYYY, month -> YYYY-MM,
// day or weekday -> YYYY-MM-DD, a stated clock time -> THH:MM, a part of day -> TMO/TAF/TEV/TNI),
// a leading preposition is trimmed (TimeML leaves it out), and a range is split at its connector.

const pad = (n, w = 2) => String(n).padStart(w, '0');
const LEADING_PREPOSITION = /^(?:on|in|at|from|since|by|until|till|during|for|before|after)\s{1,3}/i;
const RANGE_CONNECTOR = /\s{1,3}(?:to|until|through|till|and)\s{1,3}|\s{0,3}[-–—]\s{0,3}/i;
const PART_OF_DAY = [[/\bmorning\b/i, 'MO'], [/\bafternoon\b/i, 'AF'], [/\bevening\b/i, 'EV'], [/\b(?:night|tonight)\b/i, 'NI']];

/** A local Date for a TimeML document date (`1998-01-08`, `1998-01-08T10:30`); noon when no time is given. */
export function referenceDateOf(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(String(value ?? ''));
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  return new Date(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1, h ? Number(h) : 12, mi ? Number(mi) : 0);
}

/** TIMEX value and type of one chrono component set (`result.start` or `result.end`), given the text it came from. */
export function componentsToValue(comp, text) {
  const known = (k) => comp.isCertain(k);
  const ymd = `${pad(comp.get('year'), 4)}-${pad(comp.get('month'))}-${pad(comp.get('day'))}`;
  // chrono marks every component certain for `two days ago`: a clock time counts only when stated
  if (known('hour') && /\d|noon|midnight/i.test(text)) {
    return { type: 'TIME', value: `${ymd}T${pad(comp.get('hour'))}:${pad(comp.get('minute') ?? 0)}` };
  }
  for (const [re, code] of PART_OF_DAY) if (re.test(text)) return { type: 'TIME', value: `${ymd}T${code}` };
  if (known('day') || known('weekday')) return { type: 'DATE', value: ymd };
  if (known('month')) return { type: 'DATE', value: ymd.slice(0, 7) };
  if (known('year')) return { type: 'DATE', value: ymd.slice(0, 4) };
  return { type: 'DATE', value: ymd };
}

function trimmed(text, index) {
  let start = index;
  let t = text;
  const lead = LEADING_PREPOSITION.exec(t);
  if (lead && lead[0].length < t.length) { start += lead[0].length; t = t.slice(lead[0].length); }
  const trail = /[\s.,;:]+$/.exec(t);
  if (trail && trail.index > 0) t = t.slice(0, trail.index);
  return { start, end: start + t.length, text: t };
}

/** One or two timexes (a range is split at its connector) for a chrono result. */
export function resultToTimexes(r) {
  const whole = trimmed(r.text, r.index);
  const rule = 'chrono';
  if (r.end) {
    const cut = RANGE_CONNECTOR.exec(whole.text);
    if (cut && cut.index > 0 && cut.index + cut[0].length < whole.text.length) {
      const a = trimmed(whole.text.slice(0, cut.index), whole.start);
      const b = trimmed(whole.text.slice(cut.index + cut[0].length), whole.start + cut.index + cut[0].length);
      return [
        { ...a, ...componentsToValue(r.start, a.text), derivation: { rule } },
        { ...b, ...componentsToValue(r.end, b.text), derivation: { rule } },
      ];
    }
  }
  return [{ ...whole, ...componentsToValue(r.start, whole.text), derivation: { rule } }];
}

/** Tags a text with chrono-node (passed in, so this module stays free of imports) against a document date. */
export function chronoTimexes(chrono, text, documentDate) {
  const ref = referenceDateOf(documentDate) ?? undefined;
  const results = chrono.parse(text, ref, { forwardDate: false });
  return results.flatMap(resultToTimexes);
}
