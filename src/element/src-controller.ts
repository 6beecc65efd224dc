/**
 * Loads the element's `src` with abort: a newer src cancels the older request. Disconnecting cancels it
 * too, and connecting again (the element moved to another parent) starts the interrupted load over.
 * A chunk of its own with fetch-source.ts, loaded with the element's first `src` (a dynamic import): a page that
 * gives the element its timeline inline or as a property never downloads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_MAX_SRC_BYTES, type TimelineInput } from './load-source.js';
import { fetchInput } from './fetch-source.js';
import { ENGLISH, type Messages } from './messages.js';

/** Re-exported only to shape code splitting (see lazy.ts): the element and what this chunk shares with it, one chunk. */
export { EventTimeline } from './event-timeline.js';

export class SrcController implements ReactiveController {
  #abort: AbortController | null = null;
  /** The URL being loaded, while a load is under way. */
  #url: string | null = null;
  /** A load that disconnecting cut short, to start again on reconnecting. */
  #interrupted: string | null = null;
  loading = false;
  readonly #host: ReactiveControllerHost;
  readonly #onInput: (input: TimelineInput) => void;
  readonly #maxBytes: () => number;
  readonly #messages: () => Messages;

  constructor(host: ReactiveControllerHost, onInput: (input: TimelineInput) => void,
    maxBytes: () => number = () => DEFAULT_MAX_SRC_BYTES, messages: () => Messages = () => ENGLISH) {
    this.#host = host;
    this.#onInput = onInput;
    this.#maxBytes = maxBytes;
    this.#messages = messages;
    host.addController(this);
  }

  load(url: string): void {
    this.#abort?.abort();
    this.#interrupted = null;
    const abort = new AbortController();
    this.#abort = abort;
    this.#url = url;
    this.loading = true;
    this.#host.requestUpdate();
    fetchInput(url, abort.signal, this.#maxBytes(), this.#messages())
      .then((input) => {
        if (!abort.signal.aborted) this.#onInput(input);
      })
      .catch((err: Error) => {
        if (!abort.signal.aborted) this.#onInput({ kind: 'error', message: this.#messages().t('loadFailed', { url, error: err.message }) });
      })
      .finally(() => {
        if (this.#abort === abort) {
          this.loading = false;
          this.#abort = null;
          this.#url = null;
          this.#host.requestUpdate();
        }
      });
  }

  hostConnected(): void {
    const url = this.#interrupted;
    this.#interrupted = null;
    if (url !== null) this.load(url);
  }

  hostDisconnected(): void {
    if (this.#abort) this.#interrupted = this.#url;
    this.#abort?.abort();
    this.#abort = null;
    this.#url = null;
    this.loading = false;
    this.#host.requestUpdate();
  }
}
