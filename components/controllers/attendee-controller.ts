import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Attendee, AttendeeEventMap } from '../../src/index.ts';

/**
 * Follows one attendee object of the SDK: listens to the events the element shows while the
 * element is connected, and re-renders it on each. An element showing one person listens to that
 * person alone, not to the whole meeting.
 */
export class AttendeeController implements ReactiveController {
  #attendee: Attendee | undefined;
  #connected = false;
  readonly #onEvent = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly events: ReadonlyArray<keyof AttendeeEventMap>,
  ) {
    host.addController(this);
  }

  get attendee(): Attendee | undefined {
    return this.#attendee;
  }

  /** Follows `attendee` (or nobody) from now on. */
  follow(attendee: Attendee | undefined): void {
    if (attendee === this.#attendee) return;
    this.#unlisten();
    this.#attendee = attendee;
    if (this.#connected) this.#listen();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#listen();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unlisten();
  }

  #listen(): void {
    for (const type of this.events) this.#attendee?.addEventListener(type, this.#onEvent);
  }

  #unlisten(): void {
    for (const type of this.events) this.#attendee?.removeEventListener(type, this.#onEvent);
  }
}
