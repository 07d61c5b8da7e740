/** For the audio tests: tones, silence, the energy at one frequency, and a client audio peer. */
import { RtpHeader, RtpPacket } from 'werift';
import { FRAME_SAMPLES, OpusDecoder, OpusEncoder, SAMPLE_RATE } from '../../server/media/opus.ts';
import { ClientPeer } from './video-peer.ts';

export { subscribeFrame, waitFor } from './helpers.ts';

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

/**
 * A client peer shaped like the official client's (audio sendrecv + inactive camera) whose
 * microphone sends real Opus every 20 ms and which decodes the meeting audio it receives.
 */
export class AudioPeer extends ClientPeer {
  /** Decoded 20 ms frames received, in arrival order. */
  readonly heard: Int16Array[] = [];
  /** Sequence numbers and timestamps of the received packets. */
  readonly received: Array<{ seq: number; ts: number }> = [];
  readonly #encoder = new OpusEncoder();
  readonly #decoder = new OpusDecoder();
  #timer: NodeJS.Timeout | undefined;
  #seq = 4000;

  constructor(public source: { next(): Int16Array }) {
    super();
    this.onRemoteTrack('audio', (track) =>
      track.onReceiveRtp.subscribe((packet) => {
        this.received.push({ seq: packet.header.sequenceNumber, ts: packet.header.timestamp });
        this.heard.push(this.#decoder.decode(packet.payload));
      }),
    );
  }

  /** Starts the microphone: one Opus packet every 20 ms. */
  talk(): void {
    this.#timer = setInterval(() => {
      const seq = this.#seq++;
      this.mic.writeRtp(
        new RtpPacket(
          new RtpHeader({
            payloadType: 111,
            sequenceNumber: seq & 0xffff,
            timestamp: seq * FRAME_SAMPLES,
            ssrc: 7,
          }),
          Buffer.from(this.#encoder.encode(this.source.next())),
        ),
      );
    }, 20);
  }

  /** Energy at `hz` in the last `frames` frames heard. */
  energyAt(hz: number, frames = 15): number {
    return this.heard.slice(-frames).reduce((sum, frame) => sum + energyAt(frame, hz), 0);
  }

  override close(): Promise<void> {
    clearInterval(this.#timer);
    return super.close();
  }
}
