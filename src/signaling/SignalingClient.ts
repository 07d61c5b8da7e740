import type { Logger } from '../logging/Logger.ts';
import {
  FrameDecodeError,
  SdkPingPongType,
  SdkSignalFrame,
  decodeFrame,
  encodeFrame,
  frameTypeName,
} from '../protocol/frame.ts';
import type { OutgoingFrame } from '../protocol/frame.ts';
import { TypedEventTarget } from '../TypedEventTarget.ts';

/** Creates the WebSocket; tests pass a fake. */
export type WebSocketFactory = (url: string, protocols: string[]) => WebSocket;

export const defaultWebSocketFactory: WebSocketFactory = (url, protocols) => new WebSocket(url, protocols);

/** How often the client pings the server. */
export const PING_INTERVAL_MS = 10_000;
/** How long {@link SignalingClient.close} waits for the close event before assuming it. */
export const CLOSE_EVENT_TIMEOUT_MS = 2_000;

const WEBSOCKET_OPEN = 1;

export interface SignalingCloseDetail {
  code: number;
  reason: string;
  /** True when this client asked for the close. */
  local: boolean;
}

export interface SignalingEventMap {
  /** The socket opened. */
  open: Event;
  /** The socket failed before it opened. */
  error: Event;
  /** A frame arrived and decoded. */
  frame: CustomEvent<SdkSignalFrame>;
  /** A message arrived that is not a valid frame; the connection stays up. */
  'decode-error': CustomEvent<{ byteLength: number }>;
  /** A PONG answered one of our PINGs. */
  pong: CustomEvent<{ pingId: number }>;
  /** A PING went out while the previous one was still unanswered; `count` in a row. */
  'missed-pong': CustomEvent<{ count: number }>;
  /** The socket closed (once). */
  close: CustomEvent<SignalingCloseDetail>;
}

export interface SignalingClientOptions {
  url: string;
  protocols: string[];
  logger: Logger;
  webSocketFactory?: WebSocketFactory;
  now?: () => number;
  /** Defaults to {@link PING_INTERVAL_MS}. */
  pingIntervalMs?: number;
}

/**
 * One signaling WebSocket: framing, ping/pong and close handling. Frames are delivered as
 * events; after the socket closes nothing more is delivered.
 */
export class SignalingClient extends TypedEventTarget<SignalingEventMap> {
  private socket: WebSocket | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private nextPingId = 1;
  /** The PING still waiting for its PONG, if any. */
  private unansweredPingId: number | undefined;
  private missedPongs = 0;
  private closed = false;
  private closeRequested = false;
  private closedPromise: Promise<void> | undefined;
  private resolveClosed: (() => void) | undefined;

  constructor(private readonly options: SignalingClientOptions) {
    super();
  }

  /** True while the socket is open and frames can be sent. */
  get ready(): boolean {
    return !this.closed && this.socket?.readyState === WEBSOCKET_OPEN;
  }

  /** Opens the socket. Throws a generic error (never the browser's, which may quote the token). */
  open(): void {
    if (this.socket || this.closed) throw new Error('signaling client already used');
    const factory = this.options.webSocketFactory ?? defaultWebSocketFactory;
    let socket: WebSocket;
    try {
      socket = factory(this.options.url, this.options.protocols);
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      this.closed = true;
      throw new Error(
        `could not create the signaling WebSocket (${name}: invalid URL or join token characters)`,
      );
    }
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    this.closedPromise = new Promise((resolve) => (this.resolveClosed = resolve));
    socket.addEventListener('open', this.onOpen);
    socket.addEventListener('message', this.onMessage);
    socket.addEventListener('error', this.onError);
    socket.addEventListener('close', this.onClose);
  }

  /** Sends a frame; returns false (and sends nothing) when the socket is not open. */
  send(frame: OutgoingFrame): boolean {
    if (!this.ready || !this.socket) {
      this.options.logger.warn(
        `signaling: not sending ${frameTypeName(frame.type ?? 0)}, the connection is not open`,
      );
      return false;
    }
    this.socket.send(encodeFrame(frame, this.now()));
    return true;
  }

  /**
   * Closes the socket (no close code, as the Chime SDK does) and resolves when the close event
   * arrived or after {@link CLOSE_EVENT_TIMEOUT_MS}.
   */
  close(): Promise<void> {
    if (!this.socket || this.closed) return this.closedPromise ?? Promise.resolve();
    this.closeRequested = true;
    clearInterval(this.pingTimer);
    try {
      this.socket.close();
    } catch {
      // Closing a socket that is already closing is harmless.
    }
    const timer = setTimeout(() => this.finishClose(1005, '', true), CLOSE_EVENT_TIMEOUT_MS);
    return this.closedPromise!.finally(() => clearTimeout(timer));
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private readonly onOpen = (): void => {
    if (this.closed) return;
    this.startPinging();
    this.dispatchEvent(new Event('open'));
  };

  private readonly onError = (): void => {
    if (this.closed) return;
    this.options.logger.warn('signaling: WebSocket error');
    if (this.socket?.readyState !== WEBSOCKET_OPEN) this.dispatchEvent(new Event('error'));
  };

  private readonly onClose = (event: Event): void => {
    const { code = 1005, reason = '' } = event as CloseEvent;
    this.finishClose(code, reason, this.closeRequested);
  };

  private readonly onMessage = (event: Event): void => {
    if (this.closed || this.closeRequested) return;
    const data: unknown = (event as MessageEvent).data;
    if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) {
      this.reportUndecodable(typeof data === 'string' ? data.length : 0, 'text message');
      return;
    }
    let frame: SdkSignalFrame;
    try {
      frame = decodeFrame(data);
    } catch (error) {
      const byteLength =
        error instanceof FrameDecodeError ? error.byteLength : (data as ArrayBuffer).byteLength;
      this.reportUndecodable(byteLength, 'malformed frame');
      return;
    }
    if (frame.type === SdkSignalFrame.Type.PING_PONG && frame.pingPong) {
      this.handlePingPong(frame.pingPong.type, frame.pingPong.pingId);
    }
    this.dispatchEvent(new CustomEvent('frame', { detail: frame }));
  };

  private reportUndecodable(byteLength: number, what: string): void {
    // Only the size: the bytes may contain anything.
    this.options.logger.warn(`signaling: ignoring a ${what} of ${byteLength} bytes that does not decode`);
    this.dispatchEvent(new CustomEvent('decode-error', { detail: { byteLength } }));
  }

  private handlePingPong(type: SdkPingPongType, pingId: number): void {
    if (type === SdkPingPongType.PING) {
      this.send({ type: SdkSignalFrame.Type.PING_PONG, pingPong: { type: SdkPingPongType.PONG, pingId } });
    } else if (type === SdkPingPongType.PONG) {
      if (pingId !== this.unansweredPingId) {
        this.options.logger.warn(`signaling: ignoring a PONG for ping ${pingId}`);
        return;
      }
      this.unansweredPingId = undefined;
      this.missedPongs = 0;
      this.dispatchEvent(new CustomEvent('pong', { detail: { pingId } }));
    }
  }

  private startPinging(): void {
    const ping = () => {
      if (this.unansweredPingId !== undefined) {
        this.missedPongs++;
        this.options.logger.warn(`signaling: missed pong ${this.missedPongs}`);
        this.dispatchEvent(new CustomEvent('missed-pong', { detail: { count: this.missedPongs } }));
        if (this.closed) return;
      }
      const pingId = this.nextPingId++;
      this.unansweredPingId = pingId;
      this.send({ type: SdkSignalFrame.Type.PING_PONG, pingPong: { type: SdkPingPongType.PING, pingId } });
    };
    ping();
    this.pingTimer = setInterval(ping, this.options.pingIntervalMs ?? PING_INTERVAL_MS);
  }

  private finishClose(code: number, reason: string, local: boolean): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pingTimer);
    const socket = this.socket;
    if (socket) {
      socket.removeEventListener('open', this.onOpen);
      socket.removeEventListener('message', this.onMessage);
      socket.removeEventListener('error', this.onError);
      socket.removeEventListener('close', this.onClose);
    }
    this.dispatchEvent(new CustomEvent('close', { detail: { code, reason, local } }));
    this.resolveClosed?.();
  }
}
