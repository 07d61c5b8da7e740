import type { Logger } from '../logging/Logger.ts';
import { describeDeviceError } from './deviceAccessError.ts';
import type { ChangedDeviceLists } from './DeviceChanges.ts';
import type { DeviceChangeObserver } from './DeviceChangeObserver.ts';
import type { MediaInput } from './MediaInput.ts';

export interface InputFallbackHost {
  readonly logger: Logger;
  readonly audio: MediaInput;
  readonly video: MediaInput;
  forEachObserver(call: (observer: DeviceChangeObserver) => void): void;
}

/**
 * @internal What happens when a device the controller opened as the chosen input goes away (its
 * track ends, or its id leaves the device list): the microphone switches to the default one, so
 * that a call keeps its audio; the camera stops (a session then stops its local video). Observers
 * get `audioInputStreamEnded` / `videoInputStreamEnded`. Streams passed in by the application are
 * left to it.
 */
export class InputFallback {
  /** Streams whose fallback is under way (a track end and a device change may both report one). */
  readonly #handling = new Set<MediaStream>();

  constructor(private readonly host: InputFallbackHost) {}

  /** The device lists changed: falls back from chosen inputs no longer listed. */
  async listsChanged(changed: ChangedDeviceLists): Promise<void> {
    const { audio, video } = this.host;
    const gone = (input: MediaInput, devices: MediaDeviceInfo[] | undefined): boolean => {
      const id = input.deviceId;
      return !!devices && !!input.stream && !!id && !devices.some((d) => d.deviceId === id);
    };
    const jobs: Promise<void>[] = [];
    if (gone(audio, changed.get('audioinput'))) jobs.push(this.ended('audio', audio.stream!));
    if (gone(video, changed.get('videoinput'))) jobs.push(this.ended('video', video.stream!));
    await Promise.all(jobs);
  }

  /** The chosen input's `stream` went away. */
  async ended(kind: 'audio' | 'video', stream: MediaStream): Promise<void> {
    const input = kind === 'audio' ? this.host.audio : this.host.video;
    if (input.stream !== stream || !input.owned || this.#handling.has(stream)) return;
    this.#handling.add(stream);
    const deviceId = input.deviceId;
    try {
      if (kind === 'audio') await this.#defaultMicrophone(input, stream, deviceId);
      else {
        this.host.logger.warn(
          `devices: the chosen camera ${deviceId ?? ''} went away; the video input stops`,
        );
        await input.stop();
      }
    } finally {
      this.#handling.delete(stream);
    }
    this.host.forEachObserver((observer) =>
      kind === 'audio'
        ? observer.audioInputStreamEnded?.(deviceId)
        : observer.videoInputStreamEnded?.(deviceId),
    );
  }

  async #defaultMicrophone(
    input: MediaInput,
    stream: MediaStream,
    deviceId: string | undefined,
  ): Promise<void> {
    this.host.logger.warn(
      `devices: the chosen microphone ${deviceId ?? ''} went away; using the default one`,
    );
    try {
      // An empty constraint set asks for the default microphone (unlike a device id, it cannot
      // name the missing device again).
      await input.start({});
    } catch (error) {
      this.host.logger.error(
        `devices: could not open the default microphone (${describeDeviceError(error)}); the audio input stops`,
      );
      if (input.stream === stream) await input.stop();
    }
  }
}
