import type { Logger } from '../logging/Logger.ts';
import { describeDeviceError } from './deviceAccessError.ts';

/**
 * An `AnalyserNode` fed by the microphone, as in the Chime SDK: call `removeOriginalInputs()` when
 * done with it (it disconnects the microphone and lets go of what was opened for it).
 */
export interface RemovableAnalyserNode extends AnalyserNode {
  removeOriginalInputs(): void;
}

export interface AudioLevelHost {
  readonly logger: Logger;
  /** The chosen audio input, if any. */
  chosen(): MediaStream | undefined;
  /** Opens the default microphone (not as the chosen input). */
  openDefault(): Promise<MediaStream>;
}

/** What feeds one analyser. */
interface Feed {
  source?: MediaStreamAudioSourceNode;
  /** The default microphone opened for this analyser (while no input is chosen). */
  own?: MediaStream;
  /** Changes at each new connection; a late default microphone of an older one is stopped. */
  attempt: number;
}

/**
 * @internal Analyser nodes for level meters, fed by the chosen audio input or, while none is
 * chosen, by the default microphone opened for them. They follow the chosen input as it changes.
 * One `AudioContext` serves them all; it is closed when the last one is removed.
 */
export class AudioLevel {
  readonly #feeds = new Map<RemovableAnalyserNode, Feed>();
  #context: AudioContext | undefined;

  constructor(private readonly host: AudioLevelHost) {}

  /** A new analyser, or `null` where WebAudio is unavailable. */
  create(): RemovableAnalyserNode | null {
    const context = this.#audioContext();
    if (!context) return null;
    const analyser = context.createAnalyser() as RemovableAnalyserNode;
    const feed: Feed = { attempt: 0 };
    this.#feeds.set(analyser, feed);
    analyser.removeOriginalInputs = () => this.#remove(analyser);
    this.#connect(context, analyser, feed, this.host.chosen());
    return analyser;
  }

  /** The chosen audio input changed: every analyser follows it (or the default microphone). */
  inputChanged(stream: MediaStream | undefined): void {
    const context = this.#context;
    if (!context) return;
    for (const [analyser, feed] of this.#feeds) this.#connect(context, analyser, feed, stream);
  }

  /** Removes every analyser's inputs. */
  removeAll(): void {
    for (const analyser of [...this.#feeds.keys()]) this.#remove(analyser);
  }

  #audioContext(): AudioContext | undefined {
    if (this.#context) return this.#context;
    const AudioContextClass = globalThis.AudioContext;
    if (!AudioContextClass) {
      this.host.logger.warn('devices: WebAudio is unavailable; no analyser for the audio input');
      return undefined;
    }
    try {
      this.#context = new AudioContextClass();
    } catch (error) {
      this.host.logger.warn(`devices: could not create an AudioContext: ${String(error)}`);
      return undefined;
    }
    // A context made without a user gesture may start suspended.
    this.#context.resume?.().catch(() => undefined);
    return this.#context;
  }

  #connect(
    context: AudioContext,
    analyser: RemovableAnalyserNode,
    feed: Feed,
    stream: MediaStream | undefined,
  ): void {
    this.#disconnect(analyser, feed);
    const attempt = ++feed.attempt;
    if (stream?.getAudioTracks()[0]) {
      this.#feed(context, analyser, feed, stream);
      return;
    }
    this.host.openDefault().then(
      (own) => {
        if (feed.attempt !== attempt || this.#feeds.get(analyser) !== feed) {
          stopTracks(own);
          return;
        }
        feed.own = own;
        this.#feed(context, analyser, feed, own);
      },
      (error: unknown) => {
        if (feed.attempt !== attempt) return;
        this.host.logger.warn(
          `devices: could not open the microphone for a level meter (${describeDeviceError(error)})`,
        );
      },
    );
  }

  #feed(context: AudioContext, analyser: AnalyserNode, feed: Feed, stream: MediaStream): void {
    try {
      feed.source = context.createMediaStreamSource(stream);
      feed.source.connect(analyser);
    } catch (error) {
      this.host.logger.warn(`devices: could not connect the microphone to an analyser: ${String(error)}`);
    }
  }

  #disconnect(analyser: AnalyserNode, feed: Feed): void {
    try {
      feed.source?.disconnect(analyser);
    } catch {
      // Best effort: the node may already be disconnected.
    }
    feed.source = undefined;
    if (feed.own) stopTracks(feed.own);
    feed.own = undefined;
  }

  #remove(analyser: RemovableAnalyserNode): void {
    const feed = this.#feeds.get(analyser);
    if (!feed) return;
    this.#feeds.delete(analyser);
    feed.attempt++;
    this.#disconnect(analyser, feed);
    if (this.#feeds.size === 0 && this.#context) {
      const context = this.#context;
      this.#context = undefined;
      context.close().catch(() => undefined);
    }
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
