import type { PlatformInfo } from '../platform.ts';
import { SDK_VERSION } from '../version.ts';

/** First WebSocket sub-protocol; the join token is the second one. */
export const SESSION_SUBPROTOCOL = '_aws_wt_session';

/**
 * The signaling WebSocket URL: the meeting's SignalingUrl plus the query the Chime service
 * expects. It never carries the join token, which travels as a sub-protocol.
 */
export function signalingConnectionUrl(signalingUrl: string, platform: PlatformInfo): string {
  const query = [
    ['X-Chime-Control-Protocol-Version', '3'],
    ['X-Amzn-Chime-Send-Close-On-Error', '1'],
    ['X-Amzn-Version', SDK_VERSION],
    ['X-Amzn-User-Agent', `${platform.name}-${platform.majorVersion}`],
  ]
    .map(([key, value]) => `${key}=${encodeURIComponent(value!)}`)
    .join('&');
  return `${signalingUrl}?${query}`;
}

/** The WebSocket sub-protocols that authenticate the attendee. */
export function signalingProtocols(joinToken: string): string[] {
  return [SESSION_SUBPROTOCOL, joinToken];
}
