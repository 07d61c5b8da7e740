/** Why a microphone or camera could not be opened. */
export type DeviceAccessErrorReason =
  /** The browser refused: the site's permission is blocked, or the user dismissed or denied the prompt. */
  | 'denied-by-browser'
  /** The operating system refused the browser (e.g. macOS or Windows privacy settings). */
  | 'denied-by-system'
  /** The device exists but could not be started, usually because another application holds it. */
  | 'in-use'
  /** No such device: none is connected, or the chosen device id is not (or no longer) there. */
  | 'not-found'
  /** Anything else (see `browserErrorName`, `cause` and the message). */
  | 'other';

/** The kind of input that could not be opened, as in `MediaDeviceInfo.kind`. */
export type DeviceInputKind = 'audioinput' | 'videoinput';

/**
 * Opening a microphone or camera failed. `reason` says why, in a way applications can switch on;
 * the message tells a user what to do. `name` stays the browser's error name (as `browserErrorName`,
 * e.g. `NotAllowedError`, `NotReadableError`, `OverconstrainedError`) and `cause` is the browser's
 * error itself, so code checking `error.name` keeps working.
 */
export class DeviceAccessError extends Error {
  readonly browserErrorName: string;

  constructor(
    readonly reason: DeviceAccessErrorReason,
    readonly kind: DeviceInputKind,
    browserErrorName: string,
    cause?: unknown,
    message = messageFor(reason, kind, browserErrorName, cause),
  ) {
    super(message, { cause });
    this.name = browserErrorName;
    this.browserErrorName = browserErrorName;
  }
}

export interface DeviceAccessContext {
  /** A specific device id was asked for (an unknown one then means 'not-found'). */
  deviceIdRequested: boolean;
  /** `navigator.permissions`, if any: tells a browser denial from a system one. */
  permissions?: Permissions | undefined;
}

/** Classifies an error of `getUserMedia` (a `DeviceAccessError` is returned as it is). */
export async function toDeviceAccessError(
  error: unknown,
  kind: DeviceInputKind,
  context: DeviceAccessContext,
): Promise<DeviceAccessError> {
  if (error instanceof DeviceAccessError) return error;
  const name = errorName(error);
  const message = error instanceof Error || isErrorLike(error) ? String(error.message) : '';
  return new DeviceAccessError(await reasonFor(name, message, error, kind, context), kind, name, error);
}

/** A short description for log lines, e.g. `NotAllowedError, denied-by-system`. */
export function describeDeviceError(error: unknown): string {
  if (error instanceof DeviceAccessError) return `${error.browserErrorName}, ${error.reason}`;
  return errorName(error);
}

async function reasonFor(
  name: string,
  message: string,
  error: unknown,
  kind: DeviceInputKind,
  context: DeviceAccessContext,
): Promise<DeviceAccessErrorReason> {
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      // Chromium says "Permission denied by system"; Safari and Firefox give no such hint, but a
      // denial while the site's permission is granted can only come from the system.
      if (/\bsystem\b/i.test(message)) return 'denied-by-system';
      return (await permissionState(context.permissions, kind)) === 'granted'
        ? 'denied-by-system'
        : 'denied-by-browser';
    case 'NotReadableError':
    case 'TrackStartError':
      return 'in-use';
    case 'AbortError':
      // Firefox: "Starting videoinput failed" when another application holds the camera.
      return /start\w*\s.*fail|in use/i.test(message) ? 'in-use' : 'other';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
      return 'not-found';
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError': {
      const constraint = (error as { constraint?: unknown }).constraint;
      if (constraint === 'deviceId' || (!constraint && context.deviceIdRequested)) return 'not-found';
      return 'other';
    }
    default:
      return 'other';
  }
}

async function permissionState(
  permissions: Permissions | undefined,
  kind: DeviceInputKind,
): Promise<PermissionState | undefined> {
  if (!permissions?.query) return undefined;
  try {
    const status = await permissions.query({ name: kind === 'audioinput' ? 'microphone' : 'camera' });
    return status.state;
  } catch {
    // Firefox before 131 does not know these permission names.
    return undefined;
  }
}

function messageFor(
  reason: DeviceAccessErrorReason,
  kind: DeviceInputKind,
  name: string,
  cause: unknown,
): string {
  const device = kind === 'audioinput' ? 'microphone' : 'camera';
  const Device = kind === 'audioinput' ? 'Microphone' : 'Camera';
  switch (reason) {
    case 'denied-by-browser':
      return `The browser blocked access to the ${device}. Allow the ${device} for this site (in the site settings next to the address bar) and try again.`;
    case 'denied-by-system':
      return `The operating system does not let the browser use the ${device}. Allow the browser to use the ${device} in the system's privacy settings (on macOS: System Settings > Privacy & Security > ${Device}) and try again.`;
    case 'in-use':
      return `The ${device} could not be started; another application may be using it. Close that application and try again.`;
    case 'not-found':
      return `No such ${device} was found. Connect a ${device} or choose another one, and try again.`;
    default: {
      const detail = cause instanceof Error || isErrorLike(cause) ? `: ${String(cause.message)}` : '';
      return `The ${device} could not be opened (${name}${detail}).`;
    }
  }
}

function errorName(error: unknown): string {
  if (error instanceof Error || isErrorLike(error)) return String(error.name || 'Error');
  return 'Error';
}

function isErrorLike(value: unknown): value is { name: unknown; message: unknown } {
  return typeof value === 'object' && value !== null && 'name' in value && 'message' in value;
}
