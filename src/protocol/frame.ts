/**
 * The signaling frames as the SDK (a client) sends and receives them, with the SDK's own codec:
 * the fields of what a client sends and receives (generated/client-codec.ts, from the schema by
 * scripts/generate-protocol.mjs) read and written by codec.ts — no protobufjs in the
 * bundle. The service uses service-frame.ts, protobufjs code for the whole schema; both give
 * the same bytes and the same objects.
 */
import { RECEIVED_FRAME, SENT_FRAME, SdkSignalFrame } from './generated/client-codec.ts';
import { decode, encode } from './codec.ts';
import { decodeWith, encodeWith } from './framing.ts';
import type { OutgoingFrame } from './framing.ts';

export type * from './generated/signaling.js';
export { FRAME_TYPE_LEGACY, FRAME_TYPE_RTC, FrameDecodeError } from './framing.ts';
export type { OutgoingFrame } from './framing.ts';
// The enums the SDK reads at run time, as plain objects (name → number).
export {
  SdkJoinFlags,
  SdkMetric,
  SdkNotificationFrame,
  SdkPingPongType,
  SdkServerSideNetworkAdaption,
  SdkSignalFrame,
  SdkStreamDimension,
  SdkStreamMediaType,
  SdkStreamServiceType,
} from './generated/client-codec.ts';

/** Encodes a frame a client sends: the 0x05 byte, then the protobuf frame. */
export function encodeFrame(frame: OutgoingFrame, now: number = Date.now()): Uint8Array {
  return encodeWith((body) => encode(SENT_FRAME, body), frame, now);
}

/** Decodes a frame a client receives. @throws FrameDecodeError when it is not one. */
export function decodeFrame(data: ArrayBuffer | ArrayBufferView): SdkSignalFrame {
  return decodeWith((bytes) => decode(RECEIVED_FRAME, bytes) as unknown as SdkSignalFrame, data);
}

/** Name of a frame type for logs, e.g. `JOIN_ACK`; never includes frame contents. */
export function frameTypeName(type: number): string {
  const types: Record<string, number> = SdkSignalFrame.Type;
  return Object.keys(types).find((name) => types[name] === type) ?? `UNKNOWN(${type})`;
}
