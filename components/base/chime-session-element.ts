import type { PropertyDeclarations } from 'lit';
import type { DefaultMeetingSession, SessionEventMap } from '../../src/index.ts';
import { SessionController } from '../controllers/session-controller.ts';
import { ChimeElement } from './chime-element.ts';

/**
 * Base of the elements that show a meeting session: they take the session provided by the
 * nearest `<chime-meeting>` above them, or the one set on their `session` property, and re-render
 * on the session events their class lists in `sessionEvents`.
 */
export class ChimeSessionElement extends ChimeElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
  };

  /** The session events that re-render an element of this class. */
  protected static sessionEvents: ReadonlyArray<keyof SessionEventMap> = ['state-change', 'stop'];

  private readonly sessions = new SessionController(
    this,
    (this.constructor as typeof ChimeSessionElement).sessionEvents,
  );

  /**
   * The session to show. Inside a `<chime-meeting>` it is found automatically; set it to use the
   * element anywhere else on the page.
   */
  get session(): DefaultMeetingSession | undefined {
    return this.sessions.session;
  }
  set session(session: DefaultMeetingSession | undefined) {
    this.sessions.setExplicitSession(session);
  }
}
