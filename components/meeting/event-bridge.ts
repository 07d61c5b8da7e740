import type {
  Attendee,
  DefaultDeviceController,
  DefaultMeetingSession,
  DeviceChangeObserver,
  SessionEventMap,
} from '../../src/index.ts';
import { sharerOf } from '../../src/index.ts';
import type { ChimeAttendeeDetail, ChimeVolumeChangeDetail } from '../events.ts';

/** How often `chime-volume-change` may fire: volumes arrive up to 5 times a second per attendee. */
export const VOLUME_EVENT_INTERVAL_MS = 250;

type Emit = <K extends keyof HTMLElementEventMap>(
  name: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
) => void;

/** What the bridge needs from the element it dispatches on. */
export interface EventBridgeHost {
  emit: Emit;
  /** The name shown for an attendee. */
  nameOf(attendee: Attendee): string;
  /** Called for each session event before it becomes DOM events (the element updates its status…). */
  sessionEvent<K extends keyof SessionEventMap>(type: K, detail: SessionEventMap[K]['detail']): void;
}

const SESSION_EVENTS = [
  'state-change',
  'attendee-join',
  'attendee-leave',
  'attendee-update',
  'mute-change',
  'stop',
  'video-tile-update',
  'video-tile-remove',
  'volume-change',
  'active-speakers-change',
  'connection-quality-change',
  'data-message',
] as const satisfies ReadonlyArray<keyof SessionEventMap>;

/**
 * Turns the events of one session (and of its device controller, which exists before joining)
 * into the `chime-*` DOM events of the element that owns them. The one place where SDK events
 * become DOM events: other elements listen to the SDK objects directly.
 */
export class SessionEventBridge {
  #session: DefaultMeetingSession | undefined;
  #devices: DefaultDeviceController | undefined;
  /**
   * Mute states last dispatched, so the local attendee's change (reported both by the session's
   * `mute-change` and by its `attendee-update`) is dispatched once. Unknown means unmuted, as in
   * the SDK: the SDK reports an attendee's first mute as a change from unmuted.
   */
  readonly #muted = new Map<string, boolean>();
  readonly #pendingVolumes = new Map<string, Attendee>();
  #volumeTimer: ReturnType<typeof setTimeout> | undefined;
  #lastVolumeEvent = -Infinity;

  constructor(private readonly host: EventBridgeHost) {}

  /** Bridges the events of `session` from now on (and stops bridging the previous one's). */
  attachSession(session: DefaultMeetingSession | undefined): void {
    if (session === this.#session) return;
    for (const type of SESSION_EVENTS) this.#session?.removeEventListener(type, this.#onSessionEvent);
    this.#session = session;
    this.#muted.clear();
    this.#pendingVolumes.clear();
    for (const type of SESSION_EVENTS) session?.addEventListener(type, this.#onSessionEvent);
  }

  /** Bridges the device list changes of `devices` from now on. */
  attachDevices(devices: DefaultDeviceController | undefined): void {
    if (devices === this.#devices) return;
    this.#devices?.removeDeviceChangeObserver(this.#deviceObserver);
    this.#devices = devices;
    devices?.addDeviceChangeObserver(this.#deviceObserver);
  }

  /** Stops bridging anything. */
  detach(): void {
    this.attachSession(undefined);
    this.attachDevices(undefined);
    clearTimeout(this.#volumeTimer);
    this.#volumeTimer = undefined;
  }

  describe(attendee: Attendee): ChimeAttendeeDetail {
    return {
      attendeeId: attendee.attendeeId,
      externalUserId: attendee.externalUserId,
      name: this.host.nameOf(attendee),
      local: attendee.local,
    };
  }

  readonly #deviceObserver: DeviceChangeObserver = {
    audioInputsChanged: (devices = []) =>
      this.host.emit('chime-devices-change', { kind: 'audioinput', devices }),
    audioOutputsChanged: (devices = []) =>
      this.host.emit('chime-devices-change', { kind: 'audiooutput', devices }),
    videoInputsChanged: (devices = []) =>
      this.host.emit('chime-devices-change', { kind: 'videoinput', devices }),
  };

  readonly #onSessionEvent = (event: Event): void => {
    const session = this.#session;
    if (!session) return;
    const type = event.type as (typeof SESSION_EVENTS)[number];
    const detail = (event as CustomEvent).detail as SessionEventMap[typeof type]['detail'];
    // The element updates its own state first, so listeners of the DOM events see it.
    this.host.sessionEvent(type, detail);
    this.#bridge(session, type, detail);
  };

  #bridge(
    session: DefaultMeetingSession,
    type: (typeof SESSION_EVENTS)[number],
    detail: SessionEventMap[typeof type]['detail'],
  ): void {
    const emit = this.host.emit;
    switch (type) {
      case 'state-change': {
        const { state, reconnecting } = detail as SessionEventMap['state-change']['detail'];
        if (state === 'connecting' || state === 'reconnecting') emit('chime-connecting', { reconnecting });
        else if (state === 'joined') {
          emit('chime-joined', {
            meetingId: session.configuration.meetingId ?? '',
            attendeeId: session.localAttendeeId,
          });
        }
        break;
      }
      case 'attendee-join': {
        const { attendee } = detail as SessionEventMap['attendee-join']['detail'];
        if (attendee.isContent) emit('chime-content-share-start', this.#describeShare(session, attendee));
        else emit('chime-attendee-join', this.describe(attendee));
        break;
      }
      case 'attendee-leave': {
        const { attendee, dropped } = detail as SessionEventMap['attendee-leave']['detail'];
        this.#muted.delete(attendee.attendeeId);
        if (attendee.isContent) emit('chime-content-share-stop', this.#describeShare(session, attendee));
        else emit('chime-attendee-leave', { ...this.describe(attendee), dropped });
        break;
      }
      case 'attendee-update':
        this.#muteMayHaveChanged((detail as SessionEventMap['attendee-update']['detail']).attendee);
        break;
      case 'mute-change':
        this.#muteMayHaveChanged(session.localAttendee);
        break;
      case 'video-tile-update':
        emit('chime-tile-update', { tile: (detail as SessionEventMap['video-tile-update']['detail']).tile });
        break;
      case 'video-tile-remove': {
        const { tileId, attendeeId } = detail as SessionEventMap['video-tile-remove']['detail'];
        emit('chime-tile-remove', { tileId, attendeeId });
        break;
      }
      case 'volume-change':
        this.#volumeChanged((detail as SessionEventMap['volume-change']['detail']).attendee);
        break;
      case 'active-speakers-change':
        emit('chime-active-speakers-change', {
          attendeeIds: [...(detail as SessionEventMap['active-speakers-change']['detail']).attendeeIds],
        });
        break;
      case 'connection-quality-change':
        emit('chime-connection-quality-change', {
          quality: (detail as SessionEventMap['connection-quality-change']['detail']).quality,
        });
        break;
      case 'data-message': {
        const { message } = detail as SessionEventMap['data-message']['detail'];
        if (message.throttled) break;
        emit('chime-data-message', {
          topic: message.topic,
          text: message.text(),
          senderAttendeeId: message.senderAttendeeId,
          name: this.host.nameOf(session.attendee(message.senderAttendeeId)),
          timestampMs: message.timestampMs,
        });
        break;
      }
      case 'stop': {
        const { status } = detail as SessionEventMap['stop']['detail'];
        this.#flushVolumes();
        this.#muted.clear();
        emit('chime-left', { statusCode: status.statusCode(), terminal: status.isTerminal() });
        break;
      }
    }
  }

  #describeShare(session: DefaultMeetingSession, share: Attendee) {
    const sharer = session.attendee(sharerOf(share.attendeeId));
    return {
      attendeeId: share.attendeeId,
      sharerAttendeeId: sharer.attendeeId,
      name: this.host.nameOf(sharer),
      local: sharer.local,
    };
  }

  #muteMayHaveChanged(attendee: Attendee): void {
    if (attendee.isContent || !attendee.present) return;
    const muted = attendee.muted;
    if ((this.#muted.get(attendee.attendeeId) ?? false) === muted) return;
    this.#muted.set(attendee.attendeeId, muted);
    this.host.emit('chime-mute-change', { ...this.describe(attendee), muted });
  }

  /** Gathers volume changes and dispatches them at most every {@link VOLUME_EVENT_INTERVAL_MS}. */
  #volumeChanged(attendee: Attendee): void {
    this.#pendingVolumes.set(attendee.attendeeId, attendee);
    if (this.#volumeTimer !== undefined) return;
    const wait = Math.max(0, this.#lastVolumeEvent + VOLUME_EVENT_INTERVAL_MS - performance.now());
    this.#volumeTimer = setTimeout(() => this.#flushVolumes(), wait);
  }

  #flushVolumes(): void {
    clearTimeout(this.#volumeTimer);
    this.#volumeTimer = undefined;
    if (this.#pendingVolumes.size === 0) return;
    const attendees: ChimeVolumeChangeDetail['attendees'] = [...this.#pendingVolumes.values()].map(
      (attendee) => ({
        attendeeId: attendee.attendeeId,
        volume: attendee.volume,
        signalStrength: attendee.signalStrength,
        muted: attendee.muted,
      }),
    );
    this.#pendingVolumes.clear();
    this.#lastVolumeEvent = performance.now();
    this.host.emit('chime-volume-change', { attendees });
  }
}
