import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DefaultMeetingSession, SessionEventMap } from '../../src/index.ts';
import { sessionContext } from '../context.ts';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element the session it should show: the one set explicitly on the element, or else the
 * one provided by the nearest `<chime-meeting>` above it. Listens to the session's events while the
 * element is connected and re-renders the element on each of them.
 */
export class SessionController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof sessionContext, Host>;
  private explicit: DefaultMeetingSession | undefined;
  private listeningTo: DefaultMeetingSession | undefined;
  private readonly onSessionEvent = () => this.host.requestUpdate();

  constructor(
    private readonly host: Host,
    private readonly events: ReadonlyArray<keyof SessionEventMap>,
  ) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: sessionContext,
      subscribe: true,
      callback: () => this.listen(),
    });
  }

  /** The session in effect: explicit first, then the provided one. */
  get session(): DefaultMeetingSession | undefined {
    return this.explicit ?? this.consumer.value;
  }

  /** Sets (or with undefined, clears) a session that overrides the provided one. */
  setExplicitSession(session: DefaultMeetingSession | undefined): void {
    this.explicit = session;
    if (this.host.isConnected) this.listen();
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.stopListening();
  }

  private listen(): void {
    const session = this.session;
    if (session === this.listeningTo) return;
    this.stopListening();
    this.listeningTo = session;
    for (const type of this.events) session?.addEventListener(type, this.onSessionEvent);
    this.host.requestUpdate();
  }

  private stopListening(): void {
    for (const type of this.events) this.listeningTo?.removeEventListener(type, this.onSessionEvent);
    this.listeningTo = undefined;
  }
}
