import type { Logger } from '../logging/Logger.ts';

/** Plays the meeting's mixed audio in an `<audio>` element chosen by the application. */
export class AudioOutput {
  private element: HTMLAudioElement | undefined;
  private stream: MediaStream | undefined;

  constructor(private readonly logger: Logger) {}

  /** The received meeting audio, if any. */
  get remoteStream(): MediaStream | undefined {
    return this.stream;
  }

  bind(element: HTMLAudioElement): boolean {
    if (!element) return false;
    if (this.element && this.element !== element) this.detach(this.element);
    this.element = element;
    if (this.stream) this.attach(element, this.stream);
    return true;
  }

  unbind(): void {
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
