/** Loads the element's `src` with abort: a newer src (or disconnecting) cancels the older request. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchInput, type TimelineInput } from './load-source.js';

export class SrcController implements ReactiveController {
  private abort: AbortController | null = null;
  loading = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly onInput: (input: TimelineInput) => void) {
    host.addController(this);
  }

  load(url: string): void {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.host.requestUpdate();
    fetchInput(url, abort.signal)
      .then((input) => {
        if (!abort.signal.aborted) this.onInput(input);
      })
      .catch((err: Error) => {
        if (!abort.signal.aborted) this.onInput({ kind: 'error', message: `Could not load ${url}: ${err.message}` });
      })
      .finally(() => {
        if (this.abort === abort) {
          this.loading = false;
          this.abort = null;
          this.host.requestUpdate();
        }
      });
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
    this.loading = false;
  }
}
