/**
 * The signaling frames as the service (and tests that play it) encode and decode them: the
 * whole schema, both ways, with protobufjs. The SDK uses frame.ts, its own codec of what a
 * client sends and receives.
 */
import { SdkSignalFrame } from './generated/signaling.js';
import { decodeWith, encodeWith } from './framing.ts';
import type { OutgoingFrame } from './framing.ts';

export * from './generated/signaling.js';
export { FRAME_TYPE_LEGACY, FRAME_TYPE_RTC, FrameDecodeError } from './framing.ts';
export type { OutgoingFrame } from './framing.ts';

/** Encodes any frame: the 0x05 byte, then the protobuf frame. */
export function encodeFrame(frame: OutgoingFrame, now: number = Date.now()): Uint8Array {
  return encodeWith((body) => SdkSignalFrame.encode(body).finish(), frame, now);
}

/** Decodes any frame. @throws FrameDecodeError when it is not one. */
export function decodeFrame(data: ArrayBuffer | ArrayBufferView): SdkSignalFrame {
  return decodeWith((bytes) => SdkSignalFrame.decode(bytes), data);
}

/** Name of a frame type for logs, e.g. `JOIN_ACK`; never includes frame contents. */
export function frameTypeName(type: number): string {
  return SdkSignalFrame.Type[type] ?? `UNKNOWN(${type})`;
}
