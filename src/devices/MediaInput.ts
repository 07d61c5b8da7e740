import type { Logger } from '../logging/Logger.ts';

/** What can be chosen as an input: a device id, constraints, a ready stream, or nothing. */
export type InputDevice = string | MediaTrackConstraints | MediaStream | null;

/** Called when the chosen input changes. */
export type InputListener = (stream: MediaStream | undefined) => void;

export interface MediaInputOptions {
  /** Choosing the stream that is already chosen leaves it as it is and tells no listener. */
  readonly keepSameStream: boolean;
  /** A track of a stream the input opened ended by itself (e.g. its device was unplugged). */
  readonly ended?: (stream: MediaStream) => void;
  /**
   * The browser muted or unmuted the chosen track below the page (also called once when an input
   * is chosen): `device` is the stream if it was passed in, otherwise its device id.
   */
  readonly muteChanged?: (device: string | MediaStream, muted: boolean) => void;
}

/**
 * @internal One chosen input of one kind (the microphone or the camera) of a device controller:
 * its stream, whether the controller opened it (then it stops the stream when the input changes
 * or is stopped; a stream passed in is never stopped), and the listeners told of each change.
 */
export class MediaInput {
  #stream: MediaStream | undefined;
  #owned = false;
  /** The device id asked for, when the input was chosen by id. */
  #requestedId: string | undefined;
  readonly #listeners = new Set<InputListener>();

  constructor(
    private readonly kind: 'audio' | 'video',
    private readonly logger: Logger,
    private readonly getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>,
    private readonly options: MediaInputOptions,
  ) {}

  get stream(): MediaStream | undefined {
    return this.#stream;
  }

  /** Whether the input opened its stream itself (then it may replace or stop it). */
  get owned(): boolean {
    return this.#owned;
  }

  /** The device id of the chosen input, if known. */
  get deviceId(): string | undefined {
    const track = this.#track();
    return track?.getSettings?.().deviceId || this.#requestedId;
  }

  /**
   * Opens the given device (or adopts the given stream) as the input, replacing the previous
   * one; `null` stops the input. When opening fails the previous input stays as it was.
   */
  async start(device: InputDevice): Promise<MediaStream | undefined> {
    if (device === null) {
      await this.stop();
      return undefined;
    }
    let stream: MediaStream;
    let owned: boolean;
    if (isMediaStream(device)) {
      stream = device;
      owned = false;
    } else {
      const constraints: MediaTrackConstraints =
        typeof device === 'string' ? { deviceId: { exact: device } } : device;
      stream = await this.getUserMedia({ [this.kind]: constraints });
      owned = true;
    }
    if (this.options.keepSameStream && stream === this.#stream) return stream;
    this.#release();
    this.#stream = stream;
    this.#owned = owned;
    this.#requestedId = typeof device === 'string' ? device : undefined;
    this.#watchTracks(true);
    this.#notify();
    const track = this.#track();
    if (track && this.#stream === stream) this.#reportMute(track);
    return stream;
  }

  async stop(): Promise<void> {
    if (!this.#stream) return;
    this.#release();
    this.#notify();
  }

  /** Opens the default device of this kind without making it the chosen input. */
  openDefault(constraints: MediaTrackConstraints | true = true): Promise<MediaStream> {
    return this.getUserMedia({ [this.kind]: constraints });
  }

  addListener(listener: InputListener): void {
    this.#listeners.add(listener);
  }

  removeListener(listener: InputListener): void {
    this.#listeners.delete(listener);
  }

  #release(): void {
    this.#watchTracks(false);
    if (this.#stream && this.#owned) {
      for (const track of this.#stream.getTracks()) track.stop();
    }
    this.#stream = undefined;
    this.#owned = false;
    this.#requestedId = undefined;
  }

  #track(): MediaStreamTrack | undefined {
    const stream = this.#stream;
    return this.kind === 'audio' ? stream?.getAudioTracks()[0] : stream?.getVideoTracks()[0];
  }

  #watchTracks(on: boolean): void {
    const stream = this.#stream;
    if (!stream) return;
    const method = on ? 'addEventListener' : 'removeEventListener';
    for (const track of this.#owned ? stream.getTracks() : []) track[method]?.('ended', this.#onEnded);
    const track = this.#track();
    if (this.options.muteChanged && track) {
      track[method]?.('mute', this.#onMuteChange);
      track[method]?.('unmute', this.#onMuteChange);
    }
  }

  readonly #onEnded = (): void => {
    const stream = this.#stream;
    if (!stream) return;
    this.logger.warn(`devices: the ${this.kind} input ended (device ${this.deviceId ?? 'unknown'})`);
    this.options.ended?.(stream);
  };

  readonly #onMuteChange = (event: Event): void => {
    const track = event.target as MediaStreamTrack;
    if (track === this.#track()) this.#reportMute(track);
  };

  #reportMute(track: MediaStreamTrack): void {
    const report = this.options.muteChanged;
    const stream = this.#stream;
    if (!report || !stream || typeof track.muted !== 'boolean') return;
    report(this.#owned ? (this.deviceId ?? '') : stream, track.muted);
  }

  #notify(): void {
    for (const listener of this.#listeners) {
      try {
        listener(this.#stream);
      } catch (error) {
        this.logger.error(`devices: ${this.kind} input listener failed: ${String(error)}`);
      }
    }
  }
}

function isMediaStream(value: unknown): value is MediaStream {
  if (typeof MediaStream !== 'undefined' && value instanceof MediaStream) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as MediaStream).getAudioTracks === 'function' &&
    typeof (value as MediaStream).getTracks === 'function'
  );
}
