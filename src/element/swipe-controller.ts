/**
 * Touch swipes over an element, for storytelling: a one-finger, mostly horizontal swipe past a threshold calls
 * back with its step. It only listens (never preventDefault): the chart's `touch-action: pan-y` keeps vertical
 * swipes scrolling the page, and a second finger (a pinch, which zooms the chart) cancels the swipe.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { swipeStep, type StoryStep } from '../render/story.js';

export class SwipeController implements ReactiveController {
  #target: HTMLElement | null = null;
  /** The finger down, or null (none, or a pinch under way). */
  #start: { id: number; x: number; y: number } | null = null;
  readonly #down = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') return;
    // A second finger: a pinch, not a swipe.
    this.#start = e.isPrimary ? { id: e.pointerId, x: e.clientX, y: e.clientY } : null;
  };
  readonly #up = (e: PointerEvent): void => {
    const start = this.#start;
    if (!start || e.pointerId !== start.id) return;
    this.#start = null;
    const step = swipeStep(e.clientX - start.x, e.clientY - start.y);
    if (step && this.#enabled()) this.#onSwipe(step);
  };
  readonly #cancel = (): void => {
    this.#start = null;
  };

  readonly #enabled: () => boolean;
  readonly #onSwipe: (step: StoryStep) => void;

  /** `enabled` is read on each swipe; `onSwipe` gets its step. */
  constructor(host: ReactiveControllerHost, enabled: () => boolean, onSwipe: (step: StoryStep) => void) {
    this.#enabled = enabled;
    this.#onSwipe = onSwipe;
    host.addController(this);
  }

  /** Listens on `target` (the chart, or the list), or on nothing. */
  observe(target: HTMLElement | null): void {
    if (target === this.#target) return;
    this.#detach();
    this.#target = target;
    if (!target) return;
    target.addEventListener('pointerdown', this.#down, { passive: true });
    target.addEventListener('pointerup', this.#up, { passive: true });
    target.addEventListener('pointercancel', this.#cancel, { passive: true });
  }

  #detach(): void {
    const target = this.#target;
    if (!target) return;
    target.removeEventListener('pointerdown', this.#down);
    target.removeEventListener('pointerup', this.#up);
    target.removeEventListener('pointercancel', this.#cancel);
    this.#target = null;
    this.#start = null;
  }

  hostConnected(): void {}

  /** The listeners stay on the target (inside the host's shadow root); only a half-made swipe is dropped. */
  hostDisconnected(): void {
    this.#start = null;
  }
}
