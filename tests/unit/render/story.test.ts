import { describe, expect, it } from 'vitest';
import { storyAnnouncement, storyIndex, swipeStep } from '../../../src/render/story.js';

describe('storyIndex', () => {
  it('starts at the first event, steps in date order and stops at both ends', () => {
    expect(storyIndex(-1, 12, 1)).toBe(0);
    expect(storyIndex(-1, 12, -1)).toBe(-1);
    expect(storyIndex(0, 12, 1)).toBe(1);
    expect(storyIndex(5, 12, -1)).toBe(4);
    expect(storyIndex(11, 12, 1)).toBe(11);
    expect(storyIndex(0, 12, -1)).toBe(0);
    expect(storyIndex(0, 0, 1)).toBe(-1);
    // A stale index (the data changed) starts again.
    expect(storyIndex(40, 12, 1)).toBe(0);
  });
});

describe('storyAnnouncement', () => {
  it('says which event of how many, with its title', () => {
    expect(storyAnnouncement(2, 12, 'Troops  arrived\nin Almaty')).toBe('Event 3 of 12: Troops arrived in Almaty');
    expect(storyAnnouncement(0, 1, ' ')).toBe('Event 1 of 1: (untitled)');
  });
});

describe('swipeStep', () => {
  it('steps on for a swipe to the left and back for one to the right', () => {
    expect(swipeStep(-120, 10)).toBe(1);
    expect(swipeStep(80, -20)).toBe(-1);
  });

  it('ignores taps, short drags, vertical scrolls and diagonals', () => {
    expect(swipeStep(0, 0)).toBe(0);
    expect(swipeStep(-30, 0)).toBe(0);
    expect(swipeStep(10, 300)).toBe(0);
    expect(swipeStep(-100, 60)).toBe(0);
    expect(swipeStep(Number.NaN, 0)).toBe(0);
  });
});
