/**
 * The signaling frames as the SDK (a client) sends and receives them. It bundles only half of
 * the schema's code each way: encoders of what a client sends, decoders of what it receives
 * (scripts/generate-protocol.mjs). The service uses service-frame.ts, with the whole schema.
 */
import { SdkSignalFrame as SentFrame } from './generated/client-send.js';
import { SdkSignalFrame as ReceivedFrame } from './generated/client-receive.js';
import type { SdkSignalFrame } from './generated/signaling.js';
import { decodeWith, encodeWith } from './framing.ts';
import type { OutgoingFrame } from './framing.ts';

export type * from './generated/signaling.js';
export { FRAME_TYPE_LEGACY, FRAME_TYPE_RTC, FrameDecodeError } from './framing.ts';
export type { OutgoingFrame } from './framing.ts';
// The enums the SDK reads at run time, from whichever half has them.
export { SdkNotificationFrame, SdkPingPongType, SdkSignalFrame } from './generated/client-receive.js';
export {
  SdkJoinFlags,
  SdkMetric,
  SdkServerSideNetworkAdaption,
  SdkStreamDimension,
  SdkStreamMediaType,
  SdkStreamServiceType,
} from './generated/client-send.js';

/** Encodes a frame a client sends: the 0x05 byte, then the protobuf frame. */
export function encodeFrame(frame: OutgoingFrame, now: number = Date.now()): Uint8Array {
  return encodeWith(SentFrame, frame, now);
}

/** Decodes a frame a client receives. @throws FrameDecodeError when it is not one. */
export function decodeFrame(data: ArrayBuffer | ArrayBufferView): SdkSignalFrame {
  return decodeWith(ReceivedFrame, data);
}

/** Name of a frame type for logs, e.g. `JOIN_ACK`; never includes frame contents. */
export function frameTypeName(type: number): string {
  return ReceivedFrame.Type[type] ?? `UNKNOWN(${type})`;
}
