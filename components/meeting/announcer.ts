import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Attendee, DefaultMeetingSession, SessionEventMap } from '../../src/index.ts';
import { format } from '../shared/format.ts';

/** The words the live region says (part of `<chime-meeting>`'s strings). */
export interface AnnouncementStrings {
  /** Announced once joined. */
  joined: string;
  /** Announced, and shown in the banner, while the connection is being restored. */
  reconnecting: string;
  attendeeJoined: string;
  attendeeLeft: string;
  attendeeMuted: string;
  attendeeUnmuted: string;
  youMuted: string;
  youUnmuted: string;
  /** Announced when someone new becomes the active speaker (at most every 10 seconds). */
  speaking: string;
}

/** What the announcer needs from the meeting element. */
export interface AnnouncerHost extends ReactiveControllerHost {
  readonly announcementStrings: AnnouncementStrings;
  /** How an attendee's name is said. */
  nameFor(attendee: Attendee): string;
}

/** The active speaker is announced at most this often, and only when it changes. */
export const SPEAKER_ANNOUNCEMENT_INTERVAL_MS = 10_000;

/**
 * The meeting's one polite live region: joins, leaves, mute changes, the active speaker
 * (throttled) and reconnects are read out by screen readers without moving the focus.
 */
export class Announcer implements ReactiveController {
  #message = '';
  #speaker: string | undefined;
  #lastSpeakerAnnouncement = -Infinity;

  constructor(private readonly host: AnnouncerHost) {
    host.addController(this);
  }

  /** Says what a session event means for people: others coming, going and muting, you muting, who speaks, reconnecting. */
  sessionEvent<K extends keyof SessionEventMap>(
    session: DefaultMeetingSession,
    type: K,
    detail: SessionEventMap[K]['detail'],
  ): void {
    const text = this.host.announcementStrings;
    const about = (template: string, attendee: Attendee) => {
      if (!attendee.local && !attendee.isContent) {
        this.announce(format(template, { name: this.host.nameFor(attendee) }));
      }
    };
    switch (type) {
      case 'state-change': {
        const { state } = detail as SessionEventMap['state-change']['detail'];
        if (state === 'joined') this.announce(text.joined);
        else if (state === 'reconnecting') this.announce(text.reconnecting);
        break;
      }
      case 'attendee-join':
        about(text.attendeeJoined, (detail as SessionEventMap['attendee-join']['detail']).attendee);
        break;
      case 'attendee-leave':
        about(text.attendeeLeft, (detail as SessionEventMap['attendee-leave']['detail']).attendee);
        break;
      case 'attendee-update': {
        const { attendee } = detail as SessionEventMap['attendee-update']['detail'];
        about(attendee.muted ? text.attendeeMuted : text.attendeeUnmuted, attendee);
        break;
      }
      case 'mute-change':
        this.announce(
          (detail as SessionEventMap['mute-change']['detail']).muted ? text.youMuted : text.youUnmuted,
        );
        break;
      case 'active-speakers-change': {
        const [first] = (detail as SessionEventMap['active-speakers-change']['detail']).attendeeIds;
        const speaker = first ? session.attendee(first) : undefined;
        if (speaker && !speaker.local && speaker.present) {
          const name = this.host.nameFor(speaker);
          this.announceSpeaker(name, format(text.speaking, { name }));
        }
        break;
      }
    }
  }

  /** What the live region says now. */
  get message(): string {
    return this.#message;
  }

  announce(message: string): void {
    // A repeated message must still change the region's text to be read again.
    this.#message = message === this.#message.trim() ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }

  /** Announces the active speaker if it changed and none was announced recently. */
  announceSpeaker(name: string, message: string): void {
    const now = performance.now();
    if (name === this.#speaker || now - this.#lastSpeakerAnnouncement < SPEAKER_ANNOUNCEMENT_INTERVAL_MS)
      return;
    this.#speaker = name;
    this.#lastSpeakerAnnouncement = now;
    this.announce(message);
  }

  /** Forgets the last speaker (a new meeting starts afresh). */
  reset(): void {
    this.#speaker = undefined;
    this.#lastSpeakerAnnouncement = -Infinity;
  }

  hostConnected(): void {}

  render() {
    return html`<div part="announcer" class="visually-hidden" role="status" aria-live="polite">
      ${this.#message}
    </div>`;
  }
}
