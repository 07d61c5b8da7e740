import type { DefaultDeviceController, RemovableAnalyserNode } from '../../src/index.ts';
import { levelOf, meterValue } from './device-choice.ts';

/**
 * The microphone level of a device controller, read once per animation frame from an analyser
 * of its chosen input and passed to `show` (0–1, with the meter's fall-off).
 */
export class LevelMeter {
  #analyser: RemovableAnalyserNode | null = null;
  #frame = 0;
  #level = 0;

  constructor(private readonly show: (level: number) => void) {}

  get running(): boolean {
    return this.#analyser !== null;
  }

  start(devices: DefaultDeviceController): void {
    this.#analyser = devices.createAnalyserNodeForAudioInput();
    if (!this.#analyser) return;
    const samples = new Float32Array(this.#analyser.fftSize);
    const tick = () => {
      if (!this.#analyser) return;
      this.#analyser.getFloatTimeDomainData(samples);
      this.#level = meterValue(this.#level, levelOf(samples));
      this.show(this.#level);
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#analyser?.removeOriginalInputs();
    this.#analyser = null;
    this.#level = 0;
  }
}
