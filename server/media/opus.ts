/**
 * Opus at 48 kHz, mono, 20 ms frames: what the meeting mixer decodes every sender into and
 * encodes every listener's mix from. Browsers send Opus signalled as `opus/48000/2`; a mono
 * decoder downmixes a stereo stream, and a mono stream is valid for a stereo-signalled
 * payload type, so one channel is used throughout.
 */
import { Decoder, Encoder } from '@evan/opus';

export const SAMPLE_RATE = 48_000;
/** Samples (and RTP timestamp ticks) in one 20 ms frame. */
export const FRAME_SAMPLES = 960;
export const FRAME_MS = 20;

/** Bitrate of each listener's downstream mix; plenty for speech in mono. */
const ENCODE_BITRATE = 40_000;

export class OpusDecoder {
  readonly #decoder = new Decoder({ channels: 1, sample_rate: SAMPLE_RATE });

  /**
   * Decodes one Opus packet into 16-bit mono samples (normally {@link FRAME_SAMPLES} of them).
   * @throws when the payload is not valid Opus
   */
  decode(payload: Uint8Array): Int16Array {
    return toSamples(this.#decoder.decode(payload));
  }
}

export class OpusEncoder {
  readonly #encoder = new Encoder({ channels: 1, sample_rate: SAMPLE_RATE, application: 'voip' });

  constructor() {
    this.#encoder.bitrate = ENCODE_BITRATE;
  }

  /** Encodes exactly one frame of {@link FRAME_SAMPLES} mono samples. */
  encode(samples: Int16Array): Uint8Array {
    if (samples.length !== FRAME_SAMPLES) throw new RangeError(`expected ${FRAME_SAMPLES} samples`);
    return this.#encoder.encode(samples);
  }
}

/** Native-endian 16-bit samples from the decoder's byte output, copied so they stay valid. */
function toSamples(bytes: Uint8Array): Int16Array {
  const samples = new Int16Array(bytes.byteLength >> 1);
  new Uint8Array(samples.buffer).set(bytes.subarray(0, samples.byteLength));
  return samples;
}
