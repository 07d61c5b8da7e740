import { type AudioOutputSource, applyAudioOutput } from '../devices/AudioOutputChoice.ts';
import type { Logger } from '../logging/Logger.ts';

/**
 * Plays the meeting's mixed audio in an `<audio>` element chosen by the application. Given the
 * device controller, the element plays on the audio output chosen there (`chooseAudioOutput`):
 * now, and whenever an element is bound later.
 */
export class AudioOutput {
  private element: HTMLAudioElement | undefined;
  private stream: MediaStream | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly output?: AudioOutputSource,
  ) {}

  /** The received meeting audio, if any. */
  get remoteStream(): MediaStream | undefined {
    return this.stream;
  }

  bind(element: HTMLAudioElement): boolean {
    if (!element) return false;
    if (this.element && this.element !== element) this.detach(this.element);
    this.element = element;
    if (this.stream) this.attach(element, this.stream);
    if (this.output) {
      // Follow the chosen output while an element is bound; leave the element's own sink as it
      // is until an output is chosen.
      this.output.addAudioOutputListener(this.applyOutput);
      const deviceId = this.output.audioOutputDeviceId;
      if (deviceId !== null) {
        this.applyOutput(deviceId).catch((error: unknown) => {
          const name = error instanceof Error ? error.name : 'Error';
          this.logger.warn(`audio output: could not play on the chosen audio output (${name})`);
        });
      }
    }
    return true;
  }

  unbind(): void {
    this.output?.removeAudioOutputListener(this.applyOutput);
    if (this.element) this.detach(this.element);
    this.element = undefined;
  }

  /** Sets (or clears) the received stream; the bound element follows. */
  setStream(stream: MediaStream | undefined): void {
    this.stream = stream;
    if (!this.element) return;
    if (stream) this.attach(this.element, stream);
    else this.detach(this.element);
  }

  /** Plays the bound element on `deviceId` (see `applyAudioOutput`). */
  private readonly applyOutput = async (deviceId: string | null): Promise<void> => {
    if (this.element) await applyAudioOutput(this.element, deviceId);
  };

  private attach(element: HTMLAudioElement, stream: MediaStream): void {
    if (element.srcObject !== stream) element.srcObject = stream;
    element.play().catch((error: unknown) => {
      const name = error instanceof Error ? error.name : 'Error';
      // AbortError only means the source changed before playback started.
      if (name === 'AbortError') return;
      this.logger.warn(`audio output: the audio element did not start playing (${name})`);
    });
  }

  private detach(element: HTMLAudioElement): void {
    element.srcObject = null;
  }
}
