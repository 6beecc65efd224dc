import { describe, it, expect } from 'vitest';
import { readTimeml, decodeEntities, parseAttributes } from '../../eval/timeml.mjs';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> that
its <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="APPROX">two-week</TIMEX3> &quot;review&quot; <SIGNAL sid="s1">ended</SIGNAL>.
</TEXT>
</TimeML>`;

describe('readTimeml', () => {
  const doc = readTimeml(DOC, 'x.tml');
  it('strips inline tags and decodes entities to get the raw text', () => {
    expect(doc.text).toBe('\nAT&T said Wednesday that\nits two-week "review" ended.\n');
  });
  it('gives gold offsets in the raw text', () => {
    expect(doc.gold.map((t) => doc.text.slice(t.start, t.end))).toEqual(['Wednesday', 'two-week']);
    expect(doc.gold[1]).toMatchObject({ id: 't2', type: 'DURATION', value: 'P2W', mod: 'APPROX', text: 'two-week' });
  });
  it('takes the document date from the DCT and leaves it out of the gold', () => {
    expect(doc.documentDate).toBe('1998-01-08');
    expect(doc.gold).toHaveLength(2);
  });
  it('reports a document without TEXT', () => {
    expect(() => readTimeml('<TimeML></TimeML>', 'bad.tml')).toThrow(/bad\.tml: no <TEXT>/);
  });
});

describe('entities and attributes', () => {
  it('decodes named and numeric entities, leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &#65;&#x42; &nbsp;')).toBe('<a> AB &nbsp;');
  });
  it('parses both quote styles', () => {
    expect(parseAttributes(` a="1" b='x y'`)).toEqual({ a: '1', b: 'x y' });
  });
});
