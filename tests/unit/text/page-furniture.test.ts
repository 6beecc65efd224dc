import { describe, expect, it } from 'vitest';
import { isNavigationLine, opensTrailer } from '../../../src/text/page-furniture.js';
import { segmentText } from '../../../src/text/sentences.js';

describe('page furniture of a copied web page', () => {
  it('knows a navigation line: a chrome control, or a menu of short items', () => {
    expect(isNavigationLine('Skip to main content')).toBe(true);
    expect(isNavigationLine('World · Business · Tech · Culture')).toBe(true);
    expect(isNavigationLine('Sign in')).toBe(true);
    expect(isNavigationLine('Council backs | new bridge plan')).toBe(false);
    expect(isNavigationLine('Storm closes schools across the county')).toBe(false);
  });

  it('knows the heading of the lists after an article', () => {
    expect(opensTrailer('More on this story')).toBe(true);
    expect(opensTrailer('Comments (14)')).toBe(true);
    expect(opensTrailer('You might also like:')).toBe(true);
    expect(opensTrailer('Comments from residents were mixed.')).toBe(false);
  });

  it('takes the headline under a menu as the title, and no sentence from the lists after the article', () => {
    const text = 'Skip to content\nWorld | Business | Sport\n\nBridge reopens after repairs\n\nThe bridge reopened on Monday.\n\n'
      + 'More on this story\nRepairs begin on the bridge - 3 May 2024\n\n12 comments\nAnn, 1h ago: About time.';
    const seg = segmentText(text);
    expect(seg.title).toBe('Bridge reopens after repairs');
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The bridge reopened on Monday.']);
  });
});

describe('a transcript\'s speaker labels', () => {
  it('heads a turn with its label as a dateline heads a story', () => {
    const text = 'Morning Report\n\nHOST: Welcome back.\n\nCORRESPONDENT (Ian Roe): The ferry sailed at dawn on Tuesday.\n\nQ: When did it dock?';
    const seg = segmentText(text);
    const labelled = seg.paragraphs.filter((p) => p.datelineEnd > p.start).map((p) => text.slice(p.start, p.datelineEnd));
    expect(labelled).toEqual(['HOST: ', 'CORRESPONDENT (Ian Roe): ', 'Q: ']);
  });
});

describe('a wire dateline', () => {
  it('takes a date set off by a second dash into the dateline', () => {
    const text = 'Strike vote\n\nTOLEDO, Ohio (AP) — June 2, 2014 — Nurses voted Monday to walk out.\n\nOSLO — 9 May 2019 - Leaders met.';
    const seg = segmentText(text);
    const lines = seg.paragraphs.filter((p) => p.datelineEnd > p.start).map((p) => text.slice(p.start, p.datelineEnd));
    expect(lines).toEqual(['TOLEDO, Ohio (AP) — June 2, 2014 — ', 'OSLO — 9 May 2019 - ']);
  });
});

describe('an encyclopedia page copied with its citations', () => {
  it('ends a sentence before its citation marks, and keeps them out of the next sentence', () => {
    const text = 'The Tollcross Bridge\n\nThe bridge opened in 1872.[3] It was widened in 1931.[4][7]\n\nReferences\n1. "Tollcross". Retrieved 2 May 2019.';
    const seg = segmentText(text);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The bridge opened in 1872.', 'It was widened in 1931.']);
  });
});
