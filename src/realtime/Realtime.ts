import type { Attendee, VolumeIndicatorState } from '../attendees/Attendee.ts';
import type { PositionInFrame } from '../attendees/AudioStreamPresence.ts';
import type { Logger } from '../logging/Logger.ts';
import type { ISdkDataMessagePayload } from '../protocol/frame.ts';
import { CallbackSet } from '../ObserverSet.ts';
import type { AttendeePresenceCallback, MuteAndUnmuteCallback } from '../session/types.ts';
import { DataMessage } from './DataMessage.ts';

/** Chime's volume indicator callback; a `null` argument means "unchanged". */
export type VolumeIndicatorCallback = (
  attendeeId: string,
  volume: number | null,
  muted: boolean | null,
  signalStrength: number | null,
  externalUserId?: string,
) => void;

export type DataMessageCallback = (dataMessage: DataMessage) => void;

/** Data message topics the service accepts (wire protocol §9). */
const TOPIC = /^[a-zA-Z0-9_-]{1,36}$/;
/** Largest data message payload, in bytes. */
export const MAX_DATA_MESSAGE_BYTES = 2048;

/**
 * The Chime SDK's realtime callbacks: presence, volume indicators, local signal strength, mute,
 * can-unmute and data messages. It keeps only the subscriptions; the facts come from the
 * attendees registry and the session, which call in here when they change.
 */
export class Realtime {
  readonly presence: CallbackSet<AttendeePresenceCallback>;
  readonly mute: CallbackSet<MuteAndUnmuteCallback>;
  readonly canUnmute: CallbackSet<(canUnmute: boolean) => void>;
  readonly localSignalStrength: CallbackSet<(signalStrength: number) => void>;
  readonly #volume = new Map<string, Set<VolumeIndicatorCallback>>();
  readonly #dataMessages = new Map<string, Set<DataMessageCallback>>();

  constructor(
    private readonly logger: Logger,
    /** An attendee's object, for the values a new subscriber gets at once. */
    private readonly attendee: (attendeeId: string) => Attendee,
    private readonly localAttendeeId: string,
  ) {
    this.presence = new CallbackSet(logger, 'attendee presence');
    this.mute = new CallbackSet(logger, 'local mute');
    this.canUnmute = new CallbackSet(logger, 'can unmute');
    this.localSignalStrength = new CallbackSet(logger, 'local signal strength');
  }

  /** Subscribes to one attendee's volume indicator; what is known already is reported at once. */
  subscribeToVolumeIndicator(attendeeId: string, callback: VolumeIndicatorCallback): void {
    let callbacks = this.#volume.get(attendeeId);
    if (!callbacks) this.#volume.set(attendeeId, (callbacks = new Set()));
    callbacks.add(callback);
    const attendee = this.attendee(attendeeId);
    const known = attendee.volumeIndicatorState();
    if (known.volume === null && known.muted === null && known.signalStrength === null) return;
    this.#call(new Set([callback]), attendee, known);
  }

  /** Subscribes to this client's signal strength; a strength already known is reported at once. */
  subscribeToLocalSignalStrengthChange(callback: (signalStrength: number) => void): void {
    this.localSignalStrength.add(callback);
    const known = this.attendee(this.localAttendeeId).volumeIndicatorState().signalStrength;
    if (known === null) return;
    try {
      callback(known);
    } catch (error) {
      this.logger.error(
        `local signal strength callback threw: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Without `callback`, every callback of that attendee goes. */
  unsubscribeFromVolumeIndicator(attendeeId: string, callback?: VolumeIndicatorCallback): void {
    if (callback) this.#volume.get(attendeeId)?.delete(callback);
    else this.#volume.delete(attendeeId);
  }

  subscribeToReceiveDataMessage(topic: string, callback: DataMessageCallback): void {
    let callbacks = this.#dataMessages.get(topic);
    if (!callbacks) this.#dataMessages.set(topic, (callbacks = new Set()));
    callbacks.add(callback);
  }

  /** Every callback of the topic goes, as in the Chime SDK. */
  unsubscribeFromReceiveDataMessage(topic: string): void {
    this.#dataMessages.delete(topic);
  }

  /** An AUDIO_STREAM_ID_INFO presence entry (called for each, changed or not, as Chime does). */
  presenceSeen(
    attendee: Attendee,
    present: boolean,
    dropped: boolean,
    posInFrame: PositionInFrame | null,
  ): void {
    this.presence.call(attendee.attendeeId, present, attendee.externalUserId, dropped, posInFrame);
  }

  /** An attendee's volume indicator changed. */
  volumeIndicatorChanged(attendee: Attendee, changed: Partial<VolumeIndicatorState>): void {
    if (attendee.local && changed.signalStrength !== undefined && changed.signalStrength !== null) {
      this.localSignalStrength.call(changed.signalStrength);
    }
    const callbacks = this.#volume.get(attendee.attendeeId);
    if (callbacks) this.#call(callbacks, attendee, changed);
  }

  /** Hands a received message to the callbacks of its topic. */
  deliver(message: DataMessage): void {
    for (const callback of [...(this.#dataMessages.get(message.topic) ?? [])]) {
      try {
        callback(message);
      } catch (error) {
        this.logger.error(
          `data message callback threw: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }

  #call(
    callbacks: ReadonlySet<VolumeIndicatorCallback>,
    attendee: Attendee,
    values: Partial<VolumeIndicatorState>,
  ): void {
    for (const callback of [...callbacks]) {
      try {
        callback(
          attendee.attendeeId,
          values.volume ?? null,
          values.muted ?? null,
          values.signalStrength ?? null,
          attendee.externalUserId,
        );
      } catch (error) {
        this.logger.error(
          `volume indicator callback threw: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}

/**
 * The payload of a data message to send: text as UTF-8, a `Uint8Array` as it is, anything else as
 * JSON. @throws Error for a topic the service refuses, data over 2 KiB or a negative lifetime.
 */
export function dataMessagePayload(
  topic: string,
  data: unknown,
  lifetimeMs?: number,
): ISdkDataMessagePayload {
  if (typeof topic !== 'string' || !TOPIC.test(topic)) {
    throw new Error('Invalid topic: use 1 to 36 letters, digits, "-" or "_"');
  }
  const bytes =
    data instanceof Uint8Array
      ? data
      : new TextEncoder().encode(typeof data === 'string' ? data : JSON.stringify(data));
  if (bytes.length > MAX_DATA_MESSAGE_BYTES) {
    throw new Error(`Data size has to be at most ${MAX_DATA_MESSAGE_BYTES} bytes (it is ${bytes.length})`);
  }
  if (lifetimeMs !== undefined && (!Number.isFinite(lifetimeMs) || lifetimeMs < 0)) {
    throw new Error('The lifetime of the message has to be a non-negative number of milliseconds');
  }
  return { topic, data: bytes, ...(lifetimeMs ? { lifetimeMs } : {}) };
}

/** A received payload as a {@link DataMessage}; a zero ingest time marks a throttled message. */
export function receivedDataMessage(payload: ISdkDataMessagePayload): DataMessage {
  const ingestTimeNs = Number(payload.ingestTimeNs ?? 0);
  return new DataMessage(
    ingestTimeNs / 1_000_000,
    payload.topic ?? '',
    payload.data ?? new Uint8Array(),
    payload.senderAttendeeId ?? '',
    payload.senderExternalUserId ?? '',
    ingestTimeNs === 0,
  );
}
