/**
 * Framing for the Chime signaling WebSocket: every binary message is one frame-type byte
 * followed by one protobuf `SdkSignalFrame` (see the wire protocol, section 1.2). The codec of the
 * frame itself is the caller's: the SDK's is its own codec of what a client sends and receives
 * (frame.ts), the service's protobufjs code for the whole schema (service-frame.ts).
 */
import type { ISdkSignalFrame, SdkSignalFrame } from './generated/signaling.js';

/** Frame-type byte the official client sends; servers may also send {@link FRAME_TYPE_LEGACY}. */
export const FRAME_TYPE_RTC = 0x05;
export const FRAME_TYPE_LEGACY = 0x02;

/** The frame without `timestampMs`, which encoding stamps at send time. */
export type OutgoingFrame = Omit<ISdkSignalFrame, 'timestampMs'> & { timestampMs?: number };

/** Why a received message could not be turned into a frame. */
export class FrameDecodeError extends Error {
  override name = 'FrameDecodeError';
  constructor(
    message: string,
    /** Size of the offending message in bytes (the bytes themselves are never kept or logged). */
    readonly byteLength: number,
  ) {
    super(message);
  }
}

/** Encodes the protobuf `SdkSignalFrame` (a plain object with the frame's fields will do). */
export type FrameEncoder = (frame: ISdkSignalFrame) => Uint8Array;

/** Decodes a protobuf `SdkSignalFrame`; throws when the bytes are not one. */
export type FrameDecoder = (bytes: Uint8Array) => SdkSignalFrame;

/** Encodes one signaling message: the 0x05 byte, then the protobuf frame. */
export function encodeWith(encode: FrameEncoder, frame: OutgoingFrame, now: number): Uint8Array {
  const body = encode({ ...frame, timestampMs: frame.timestampMs ?? now });
  const out = new Uint8Array(body.length + 1);
  out[0] = FRAME_TYPE_RTC;
  out.set(body, 1);
  return out;
}

/**
 * Decodes one signaling message. The first byte is the frame type (0x05, or 0x02 from some
 * servers) and is stripped whatever its value, as the official client does.
 * @throws FrameDecodeError when the message is empty or not a valid `SdkSignalFrame`.
 */
export function decodeWith(decode: FrameDecoder, data: ArrayBuffer | ArrayBufferView): SdkSignalFrame {
  const bytes =
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 2) {
    throw new FrameDecodeError('signaling message too short', bytes.length);
  }
  try {
    return decode(bytes.subarray(1));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FrameDecodeError(`malformed signaling frame: ${reason}`, bytes.length);
  }
}
