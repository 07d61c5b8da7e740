/** A Server-Sent Events reader for the meeting events tests. */
import type { MeetingEventDetail } from '../../server/events/meeting-events.ts';

export interface StreamedEvent {
  type: string;
  data: MeetingEventDetail;
}

export class EventStreamClient {
  readonly response: Response;
  readonly comments: string[] = [];
  readonly #events: StreamedEvent[] = [];
  readonly #controller: AbortController;
  #ended = false;
  #wake: (() => void) | undefined;

  private constructor(response: Response, controller: AbortController) {
    this.response = response;
    this.#controller = controller;
    void this.#read();
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<EventStreamClient> {
    const controller = new AbortController();
    const response = await fetch(url, { headers, signal: controller.signal });
    return new EventStreamClient(response, controller);
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Waits until `count` events arrived (or fails after `timeoutMs`) and returns all so far. */
  async take(count: number, timeoutMs = 5000): Promise<StreamedEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.#events.length < count) {
      const left = deadline - Date.now();
      if (left <= 0 || this.#ended) {
        throw new Error(
          `${this.#events.length} of ${count} events: ${this.#events.map((e) => e.type).join(', ')}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return [...this.#events];
  }

  /** Resolves when the server ended the stream. */
  async endedWithin(timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.#ended) {
      if (Date.now() > deadline) throw new Error('stream still open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  close(): void {
    this.#controller.abort();
  }

  async #read(): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for await (const chunk of this.response.body as unknown as AsyncIterable<Uint8Array>) {
        buffered += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffered.indexOf('\n\n')) !== -1) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          this.#parse(block);
        }
        this.#wake?.();
      }
    } catch {
      // aborted by close()
    } finally {
      this.#ended = true;
      this.#wake?.();
    }
  }

  #parse(block: string): void {
    let type = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
      else if (line.startsWith('event: ')) type = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (data) this.#events.push({ type, data: JSON.parse(data) as MeetingEventDetail });
  }
}
