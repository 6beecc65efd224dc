// Reads a TimeML (.tml) document into raw text plus gold TIMEX3 annotations with offsets.
// The raw text is the <TEXT> element with its inline tags removed and entities decoded, so gold
// offsets are positions in the same string a tagger sees.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML entities of a text chunk (named and numeric). */
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g, (all, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name] ?? all;
  });
}

/** Parses `a="1" b='2'` into an object. */
export function parseAttributes(s) {
  const attrs = {};
  const re = /([A-Za-z_:][\w:.-]{0,60})\s{0,10}=\s{0,10}(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(s); m; m = re.exec(s)) attrs[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

function timexFromAttrs(attrs, start, end, text) {
  const t = { id: attrs.tid ?? '', start, end, text, type: attrs.type ?? '', value: attrs.value ?? '' };
  if (attrs.mod) t.mod = attrs.mod;
  return t;
}

/** The document creation time: the TIMEX3 inside <DCT>, else one with functionInDocument=CREATION_TIME. */
function findDct(xml) {
  const dct = /<DCT>([\s\S]*?)<\/DCT>/.exec(xml);
  const scope = dct ? dct[1] : xml;
  const re = /<TIMEX3\b([^>]*)>/g;
  for (let m = re.exec(scope); m; m = re.exec(scope)) {
    const a = parseAttributes(m[1]);
    if (dct || a.functionInDocument === 'CREATION_TIME') return a.value ?? null;
  }
  return null;
}

/**
 * Parses a TimeML document.
 * @returns {{ name: string, text: string, documentDate: string | null, gold: Array<{id,start,end,text,type,value,mod?}> }}
 */
export function readTimeml(xml, name = '') {
  const open = /<TEXT\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  if (!open || close < open.index) throw new Error(`${name || 'TimeML document'}: no <TEXT> element`);
  const body = xml.slice(open.index + open[0].length, close);
  let text = '';
  const gold = [];
  const stack = []; // open TIMEX3 tags: { attrs, start }
  const tagRe = /<(\/?)([A-Za-z][\w:.-]{0,40})([^>]*)>/g;
  let last = 0;
  for (let m = tagRe.exec(body); m; m = tagRe.exec(body)) {
    text += decodeEntities(body.slice(last, m.index));
    last = m.index + m[0].length;
    const [, slash, tag, rest] = m;
    if (tag !== 'TIMEX3') continue;
    const selfClosing = rest.trimEnd().endsWith('/');
    if (slash) {
      const top = stack.pop();
      if (top) gold.push(timexFromAttrs(top.attrs, top.start, text.length, text.slice(top.start)));
    } else if (!selfClosing) stack.push({ attrs: parseAttributes(rest), start: text.length });
  }
  text += decodeEntities(body.slice(last));
  gold.sort((a, b) => a.start - b.start || b.end - a.end);
  return { name, source: 'timeml', text, documentDate: findDct(xml), gold };
}
