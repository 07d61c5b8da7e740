import { cancellable, unlessAborted } from '../cancellable.ts';

/** Creates the RTCPeerConnection; tests pass a fake. */
export type PeerConnectionFactory = (configuration: RTCConfiguration) => RTCPeerConnection;

export const defaultPeerConnectionFactory: PeerConnectionFactory = (configuration) =>
  new RTCPeerConnection(configuration);

/** TURN credentials from JOIN_ACK. */
export interface TurnCredentials {
  username: string;
  password: string;
  uris: string[];
}

/** One bundled peer connection; relay-only through TURN when the service provided TURN. */
export function peerConfiguration(turn: TurnCredentials | undefined): RTCConfiguration {
  if (!turn || turn.uris.length === 0) return { bundlePolicy: 'max-bundle', iceServers: [] };
  return {
    bundlePolicy: 'max-bundle',
    iceServers: [{ urls: turn.uris, username: turn.username, credential: turn.password }],
    iceTransportPolicy: 'relay',
  };
}

/** The microphone track to send and the stream it belongs to. */
export interface AudioInput {
  track: MediaStreamTrack;
  stream: MediaStream;
}

export interface LocalTransceivers {
  audio: RTCRtpTransceiver | undefined;
  camera: RTCRtpTransceiver;
}

/**
 * Adds the transceivers in the order the service expects: audio (sendrecv; its track is set with
 * `replaceTrack` once the microphone is open, so the offer need not wait for it) first, then the
 * camera (inactive until local video exists).
 */
export function addLocalTransceivers(
  peer: RTCPeerConnection,
  options: { withAudio: boolean },
): LocalTransceivers {
  const audio = options.withAudio ? peer.addTransceiver('audio', { direction: 'sendrecv' }) : undefined;
  const camera = peer.addTransceiver('video', { direction: 'inactive' });
  return { audio, camera };
}

/** createOffer + setLocalDescription. */
export async function createLocalOffer(peer: RTCPeerConnection, signal: AbortSignal): Promise<void> {
  const offer = await unlessAborted(signal, peer.createOffer());
  signal.throwIfAborted();
  await unlessAborted(signal, peer.setLocalDescription(offer));
}

const CANDIDATE_LINE = /^a=candidate:/m;

/** Without TURN, once this long passes without a new candidate, the host candidates are all there. */
export const ICE_GATHERING_QUIET_MS = 40;

/**
 * Waits for the local SDP with its candidates (there is no trickle in the Chime protocol). With
 * TURN, the first relay-capable RTP candidate is enough, as in the Chime SDK. Without TURN the
 * candidates are the host's, which come within milliseconds, while Chromium reports gathering
 * complete only ~120 ms later: the offer goes once gathering is complete or no candidate came for
 * {@link ICE_GATHERING_QUIET_MS}. A service that is full ICE (the local one) or ICE-lite (Chime)
 * answers this client's checks from any address it uses, so a late candidate is never needed.
 */
export function waitForIceGathering(
  peer: RTCPeerConnection,
  signal: AbortSignal,
  relay: boolean,
  quietMs = ICE_GATHERING_QUIET_MS,
): Promise<string> {
  return cancellable<string>(signal, (resolve, reject) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const sdp = () => peer.localDescription?.sdp ?? '';
    const check = (candidate?: RTCIceCandidate | null) => {
      if (relay && candidate && candidate.component === 'rtp' && CANDIDATE_LINE.test(sdp())) {
        resolve(sdp());
        return;
      }
      if (peer.iceGatheringState === 'complete') {
        if (CANDIDATE_LINE.test(sdp())) resolve(sdp());
        else reject(new Error('ICE gathering completed without any candidate'));
        return;
      }
      if (!relay && CANDIDATE_LINE.test(sdp())) {
        clearTimeout(quiet);
        quiet = setTimeout(() => resolve(sdp()), quietMs);
      }
    };
    const onCandidate = (event: Event) => check((event as RTCPeerConnectionIceEvent).candidate);
    const onStateChange = () => check();
    peer.addEventListener('icecandidate', onCandidate);
    peer.addEventListener('icegatheringstatechange', onStateChange);
    check();
    return () => {
      clearTimeout(quiet);
      peer.removeEventListener('icecandidate', onCandidate);
      peer.removeEventListener('icegatheringstatechange', onStateChange);
    };
  });
}

/** Waits for ICE to connect (the Chime SDK does not wait for DTLS either). */
export function waitForIceConnected(peer: RTCPeerConnection, signal: AbortSignal): Promise<void> {
  return cancellable<void>(signal, (resolve, reject) => {
    const check = () => {
      const state = peer.iceConnectionState;
      if (state === 'connected' || state === 'completed') resolve();
      else if (state === 'failed' || state === 'closed') reject(new Error(`ICE connection ${state}`));
    };
    peer.addEventListener('iceconnectionstatechange', check);
    check();
    return () => peer.removeEventListener('iceconnectionstatechange', check);
  });
}

/** One media section of an SDP: its kind, mid and direction. */
export interface MediaSection {
  kind: string;
  mid: string | undefined;
  direction: RTCRtpTransceiverDirection | 'sendrecv';
  port: number;
}

export function mediaSections(sdp: string): MediaSection[] {
  const sections: MediaSection[] = [];
  for (const block of sdp.split(/\r?\n(?=m=)/).slice(1)) {
    const [, kind = '', port = '0'] = /^m=(\S+) (\d+)/.exec(block) ?? [];
    const mid = /^a=mid:(\S+)/m.exec(block)?.[1];
    const direction = (/^a=(sendrecv|sendonly|recvonly|inactive)\s*$/m.exec(block)?.[1] ??
      'sendrecv') as MediaSection['direction'];
    sections.push({ kind, mid, direction, port: Number(port) });
  }
  return sections;
}

/**
 * `receive_stream_ids` for SUBSCRIBE: one entry per `m=video` section of the offer, in order —
 * the subscribed stream for a receiving section, 0 for every other one (camera, inactive).
 */
export function receiveStreamIds(sdp: string, streamIdForMid: (mid: string) => number = () => 0): number[] {
  return mediaSections(sdp)
    .filter((section) => section.kind === 'video')
    .map((section) => (section.direction === 'recvonly' && section.mid ? streamIdForMid(section.mid) : 0));
}
