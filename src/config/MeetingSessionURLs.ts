/**
 * The service URLs of a meeting (from `MediaPlacement`). Reads go through `urlRewriter`,
 * which an application can replace to route traffic through a proxy.
 */
export class MeetingSessionURLs {
  urlRewriter: (url: string | null) => string | null = (url) => url;
  /** When set, rewrites each TURN URI into any number of URIs (instead of `urlRewriter`). */
  urlRewriterMulti: ((url: string | null) => string[] | null) | null = null;

  private _audioHostURL: string | null = null;
  private _signalingURL: string | null = null;
  private _turnControlURL: string | null = null;
  private _eventIngestionURL: string | null = null;

  get audioHostURL(): string | null {
    return this.urlRewriter(this._audioHostURL);
  }
  set audioHostURL(value: string | null) {
    this._audioHostURL = value;
  }

  get signalingURL(): string | null {
    return this.urlRewriter(this._signalingURL);
  }
  set signalingURL(value: string | null) {
    this._signalingURL = value;
  }

  /** Parsed for compatibility; unused (TURN credentials arrive in JOIN_ACK). */
  get turnControlURL(): string | null {
    return this.urlRewriter(this._turnControlURL);
  }
  set turnControlURL(value: string | null) {
    this._turnControlURL = value;
  }

  get eventIngestionURL(): string | null {
    return this.urlRewriter(this._eventIngestionURL);
  }
  set eventIngestionURL(value: string | null) {
    this._eventIngestionURL = value;
  }

  toJSON(): Record<string, string | null> {
    return {
      audioHostURL: this.audioHostURL,
      signalingURL: this.signalingURL,
      turnControlURL: this.turnControlURL,
      eventIngestionURL: this.eventIngestionURL,
    };
  }
}
