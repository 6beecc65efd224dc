// Release notes: a heading that names a version and its date dates the entry below it; a subheading passes it on.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { isSubheading, isVersionLabel } from '../../../src/events/entry-stamps.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2026-02-01' }).events.map((e) => `${e.start} ${e.title}`).sort();

describe('a version heading with its date', () => {
  it('dates the first line of its entry, past a subheading', () => {
    const notes = [
      'Changelog', '', '## 2.3.1 (2026-01-12)', '', '### Fixed', '', '- The exporter no longer drops empty columns.', '',
      '## 2.3.0 (2025-12-02)', '', '- Dark mode for the settings page.', '',
    ].join('\n');
    expect(events(notes)).toEqual(['2025-12-02 Dark mode for the settings page', '2026-01-12 The exporter no longer drops empty columns']);
  });
  it('reads version labels and subheadings, and nothing else', () => {
    expect(isVersionLabel('## 4.1.2 ()')).toBe(true);
    expect(isVersionLabel('Version 3.0 — ')).toBe(true);
    expect(isVersionLabel('v10.2.0-rc1: ')).toBe(true);
    expect(isVersionLabel('Budget 2026 ()')).toBe(false);
    expect(isVersionLabel('Chapter 3 ')).toBe(false);
    expect(isSubheading('### Fixed')).toBe(true);
    expect(isSubheading('## Security fixes')).toBe(true);
    expect(isSubheading('Fixed')).toBe(false);
    expect(isSubheading('### Fixed in 2025')).toBe(false);
  });
});
