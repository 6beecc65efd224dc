import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_COLUMNS, csvField, toCsv } from '../../../src/model/csv.js';
import type { TimelineEvent } from '../../../src/model/types.js';

const event = (id: string, title: string, text = title, extra: Partial<TimelineEvent> = {}): TimelineEvent =>
  ({ id, start: '2022-01-07', precision: 'day', title, text, span: { start: 0, end: 1 }, ...extra });

describe('CSV formula injection', () => {
  it("prefixes a cell starting with = + - @ tab or CR with ' and keeps RFC 4180 quoting", () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField('=HYPERLINK("http://x","a,b")')).toBe('"\'=HYPERLINK(""http://x"",""a,b"")"');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField(-1)).toBe('-1'); // numbers are data, not text
    expect(csvField(undefined)).toBe('');
  });

  it('round-trips through papaparse: dangerous cells come back with the leading quote, others unchanged', () => {
    const hostile = [
      event('=cmd|\' /C calc\'!A0', '=SUM(1,2)', '+33 612 345 678'),
      event('e2', '-2 degrees, "cold"', '@user wrote:\r\nhello', { source: '\tindented', explanation: '\rcarriage' }),
      event('e3', 'plain, "quoted" title', 'line one\nline two'),
    ];
    const csv = toCsv({ events: hostile });
    const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((r) => [r.id, r.title, r.text, r.source, r.explanation])).toEqual([
      ["'=cmd|' /C calc'!A0", "'=SUM(1,2)", "'+33 612 345 678", '', ''],
      ['e2', "'-2 degrees, \"cold\"", "'@user wrote:\r\nhello", "'\tindented", "'\rcarriage"],
      ['e3', 'plain, "quoted" title', 'line one\nline two', '', ''],
    ]);
    for (const r of parsed.data) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes one line per event for many events', () => {
    const events = Array.from({ length: 50_000 }, (_, i) => event(`e${i}`, `t${i}`));
    expect(toCsv({ events }).split('\r\n')).toHaveLength(50_000 + 2);
  });
});
