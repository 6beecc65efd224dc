/** Observes an element's content box and calls back with its size (the chart follows its container). */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #target: Element | null = null;
  width = 0;
  height = 0;

  readonly #onResize: (width: number, height: number) => void;

  constructor(host: ReactiveControllerHost, onResize: (width: number, height: number) => void) {
    this.#onResize = onResize;
    host.addController(this);
  }

  observe(target: Element | null): void {
    if (target === this.#target) return;
    this.#observer?.disconnect();
    this.#target = target;
    if (!target) return;
    this.#observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      this.width = box.width;
      this.height = box.height;
      this.#onResize(box.width, box.height);
    });
    this.#observer.observe(target);
  }

  hostConnected(): void {
    if (this.#target && this.#observer) this.#observer.observe(this.#target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
