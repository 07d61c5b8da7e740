import type { Logger } from '../logging/Logger.ts';

/** Told when the chosen audio output changes; a rejection fails `chooseAudioOutput`. */
export type AudioOutputListener = (deviceId: string | null) => Promise<void> | void;

/** What an audio output element needs of the device controller: the chosen output and its changes. */
export interface AudioOutputSource {
  /** The chosen audio output (`null`: the system's default). */
  readonly audioOutputDeviceId: string | null;
  addAudioOutputListener(listener: AudioOutputListener): void;
  removeAudioOutputListener(listener: AudioOutputListener): void;
}

const NOT_SUPPORTED = 'this browser cannot choose an audio output device (no HTMLMediaElement.setSinkId)';

/** The error for a browser without `HTMLMediaElement.setSinkId`; its `name` is `NotSupportedError`. */
export function audioOutputNotSupported(): Error {
  const error = new Error(NOT_SUPPORTED);
  error.name = 'NotSupportedError';
  return error;
}

/**
 * Plays `element` on the audio output `deviceId` (`null` or `''`: the default). Rejects with
 * `NotSupportedError` where the element has no `setSinkId`, unless the default is asked for.
 */
export async function applyAudioOutput(element: HTMLMediaElement, deviceId: string | null): Promise<void> {
  const sinkId = deviceId ?? '';
  if (typeof element.setSinkId !== 'function') {
    if (sinkId === '') return;
    throw audioOutputNotSupported();
  }
  if (element.sinkId === sinkId) return;
  await element.setSinkId(sinkId);
}

/**
 * @internal The audio output chosen on a device controller (the one owner of its id) and the
 * audio elements following it.
 */
export class AudioOutputChoice {
  #deviceId: string | null = null;
  readonly #listeners = new Set<AudioOutputListener>();

  constructor(private readonly logger: Logger) {}

  get deviceId(): string | null {
    return this.#deviceId;
  }

  /**
   * Chooses the output and waits for every listener to apply it. Rejects (and keeps the previous
   * choice) where the browser cannot choose an output, or a listener fails.
   */
  async choose(deviceId: string | null): Promise<void> {
    if (deviceId !== null && !browserCanChoose()) throw audioOutputNotSupported();
    const previous = this.#deviceId;
    this.#deviceId = deviceId;
    try {
      await Promise.all([...this.#listeners].map(async (listener) => listener(deviceId)));
      this.logger.info(`devices: audio output ${deviceId ?? 'default'} chosen`);
    } catch (error) {
      if (this.#deviceId === deviceId) {
        this.#deviceId = previous;
        for (const listener of this.#listeners) {
          Promise.resolve()
            .then(() => listener(previous))
            .catch(() => undefined);
        }
      }
      throw error;
    }
  }

  addListener(listener: AudioOutputListener): void {
    this.#listeners.add(listener);
  }

  removeListener(listener: AudioOutputListener): void {
    this.#listeners.delete(listener);
  }
}

/** False in a browser whose media elements have no `setSinkId` (true outside browsers). */
function browserCanChoose(): boolean {
  const MediaElement = globalThis.HTMLMediaElement;
  return typeof MediaElement === 'undefined' || typeof MediaElement.prototype.setSinkId === 'function';
}
