/** One Server-Sent Event as parsed. */
export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

/**
 * Reads Server-Sent Events from a response body (WHATWG EventSource parsing, the parts a
 * replica needs: id, event, data, comments). Yields each event once its blank line arrived; a
 * partial event at a cut is dropped, never half-applied.
 */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buf = '';
  let ev: SseEvent = { id: null, event: 'message', data: '' };
  let hasData = false;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buf += decoder.decode(chunk, { stream: true });
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      const line = buf.slice(0, nl).replace(/\r$/, '');
      buf = buf.slice(nl + 1);
      if (line === '') {
        if (hasData) yield ev;
        ev = { id: null, event: 'message', data: '' };
        hasData = false;
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') {
        ev.data = hasData ? `${ev.data}\n${value}` : value;
        hasData = true;
      } else if (field === 'event') ev.event = value;
      else if (field === 'id') ev.id = value;
    }
  }
}
