import type { Logger } from '../logging/Logger.ts';
import { describeDeviceError } from './deviceAccessError.ts';

export interface VideoPreviewHost {
  readonly logger: Logger;
  /** The chosen video input, if any. */
  chosen(): MediaStream | undefined;
  /** Opens the default camera (not as the chosen input). */
  openDefault(): Promise<MediaStream>;
}

/**
 * @internal Video elements showing the camera before (or during) a meeting: the chosen video input,
 * or, while none is chosen, the default camera opened for the previews alone (stopped when the last
 * preview stops or an input is chosen). Previews follow the chosen input; stopping the input clears
 * them.
 */
export class VideoPreview {
  readonly #elements = new Set<HTMLVideoElement>();
  /** The default camera opened (or being opened) for previews while no input is chosen. */
  #own: { opening: Promise<MediaStream>; stream?: MediaStream } | undefined;

  constructor(private readonly host: VideoPreviewHost) {}

  /**
   * Shows the chosen video input (or the default camera) in `element`. Resolves once it is shown;
   * rejects (with a `DeviceAccessError`) if the default camera cannot be opened. The returned
   * promise may be ignored: a failure is also logged.
   */
  start(element: HTMLVideoElement): Promise<void> {
    this.#elements.add(element);
    const shown = this.#show(element);
    shown.catch((error: unknown) => {
      this.host.logger.warn(`devices: could not preview the camera (${describeDeviceError(error)})`);
    });
    return shown;
  }

  /** Clears `element`; the default camera opened for previews stops with the last of them. */
  stop(element: HTMLVideoElement): void {
    if (!this.#elements.delete(element)) return;
    clear(element);
    if (this.#elements.size === 0) this.#releaseOwn();
  }

  /** The chosen video input changed: previews show the new one, or clear when it stopped. */
  inputChanged(stream: MediaStream | undefined): void {
    if (this.#elements.size === 0) return;
    if (stream) {
      for (const element of this.#elements) show(element, stream, this.host.logger);
    } else {
      for (const element of this.#elements) clear(element);
      this.#elements.clear();
    }
    this.#releaseOwn();
  }

  /** Stops every preview. */
  stopAll(): void {
    for (const element of [...this.#elements]) this.stop(element);
  }

  async #show(element: HTMLVideoElement): Promise<void> {
    const chosen = this.host.chosen();
    if (chosen) {
      show(element, chosen, this.host.logger);
      return;
    }
    const own = (this.#own ??= { opening: this.host.openDefault() });
    let stream: MediaStream;
    try {
      stream = await own.opening;
    } catch (error) {
      if (this.#own === own) this.#own = undefined;
      this.#elements.delete(element);
      throw error;
    }
    // Stopped, or an input was chosen, while the camera was opening.
    if (this.#own !== own) {
      stopTracks(stream);
      return;
    }
    own.stream = stream;
    if (this.#elements.has(element)) show(element, stream, this.host.logger);
  }

  #releaseOwn(): void {
    const own = this.#own;
    this.#own = undefined;
    if (own?.stream) stopTracks(own.stream);
  }
}

function show(element: HTMLVideoElement, stream: MediaStream, logger: Logger): void {
  element.muted = true;
  element.playsInline = true;
  element.autoplay = true;
  if (element.srcObject === stream) return;
  element.srcObject = stream;
  element.play().catch((error: unknown) => {
    const name = error instanceof Error ? error.name : 'Error';
    // AbortError only means the source changed before playback started.
    if (name !== 'AbortError') logger.warn(`devices: a video preview did not start playing (${name})`);
  });
}

function clear(element: HTMLVideoElement): void {
  element.srcObject = null;
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
