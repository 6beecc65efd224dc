/**
 * The extraction worker: a module worker that the element starts (text-extraction.ts) so that reading a
 * long text does not freeze the page. One reply per request; what extraction throws is replied, not thrown.
 */
import { extractTimeline } from '../events/index.js';
import type { ExtractReply, ExtractRequest } from './extract-protocol.js';

/** The part of a dedicated worker's global scope used here (the DOM lib types the page's scope). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(message: ExtractReply): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  let reply: ExtractReply;
  try {
    reply = { id: data.id, json: JSON.stringify(extractTimeline(data.text, data.options)) };
  } catch (err) {
    reply = { id: data.id, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
