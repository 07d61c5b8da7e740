/** Test signals for the audio tests: tones, silence, and the energy at one frequency. */
import { FRAME_SAMPLES, SAMPLE_RATE } from '../../server/media/opus.ts';

/** A continuous sine tone, 20 ms at a time. */
export class Tone {
  #phase = 0;

  constructor(
    readonly hz: number,
    readonly amplitude = 8000,
  ) {}

  next(): Int16Array {
    const out = new Int16Array(FRAME_SAMPLES);
    for (let i = 0; i < FRAME_SAMPLES; i++) {
      out[i] = Math.round(this.amplitude * Math.sin(this.#phase));
      this.#phase += (2 * Math.PI * this.hz) / SAMPLE_RATE;
    }
    this.#phase %= 2 * Math.PI;
    return out;
  }
}

export const silence = () => new Int16Array(FRAME_SAMPLES);

/** Signal power at one frequency (Goertzel). */
export function energyAt(samples: Int16Array, hz: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * hz) / SAMPLE_RATE);
  let previous = 0;
  let beforePrevious = 0;
  for (const sample of samples) {
    const current = sample + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
}
