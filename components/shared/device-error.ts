/**
 * Device failures as the elements report them: the `chime-device-error` detail, and which message
 * tells the user what to do. Shared by the device picker and the meeting.
 */
import { DeviceAccessError } from '../../src/index.ts';
import type { DeviceAccessErrorReason } from '../../src/index.ts';
import type { ChimeDeviceErrorDetail } from '../events.ts';

type Kind = ChimeDeviceErrorDetail['kind'];

/** The `chime-device-error` detail for `error`, a failure to use a device of `kind`. */
export function deviceErrorDetail(kind: Kind, error: unknown): ChimeDeviceErrorDetail {
  const described = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const name = typeof described.name === 'string' ? described.name : 'Error';
  return {
    kind,
    name,
    reason: error instanceof DeviceAccessError ? error.reason : reasonOfName(name),
    message: typeof described.message === 'string' ? described.message : String(error),
  };
}

/** The reason of an error that is not a `DeviceAccessError` (e.g. from `setSinkId`), by its name. */
function reasonOfName(name: string): DeviceAccessErrorReason {
  if (name === 'NotAllowedError') return 'denied-by-browser';
  if (name === 'NotFoundError') return 'not-found';
  return 'other';
}

/** The user-facing messages of device failures, one per input kind and reason. */
export interface DeviceErrorStrings {
  microphoneDeniedByBrowser: string;
  microphoneDeniedBySystem: string;
  microphoneInUse: string;
  microphoneNotFound: string;
  microphoneFailed: string;
  cameraDeniedByBrowser: string;
  cameraDeniedBySystem: string;
  cameraInUse: string;
  cameraNotFound: string;
  cameraFailed: string;
  /** The chosen speaker could not be used. */
  speakerFailed: string;
}

export const defaultDeviceErrorStrings: DeviceErrorStrings = {
  microphoneDeniedByBrowser:
    'Microphone blocked by the browser. Allow it for this site from the icon in the address bar, then reload the page.',
  microphoneDeniedBySystem:
    'Microphone blocked by the system settings. Allow this browser to use the microphone in your system’s privacy settings, then reload the page.',
  microphoneInUse: 'Microphone in use by another app. Close that app, then choose the microphone again.',
  microphoneNotFound: 'No microphone found. Connect one, then choose it here.',
  microphoneFailed: 'The microphone could not be started. Choose another one, or reload the page.',
  cameraDeniedByBrowser:
    'Camera blocked by the browser. Allow it for this site from the icon in the address bar, then reload the page.',
  cameraDeniedBySystem:
    'Camera blocked by the system settings. Allow this browser to use the camera in your system’s privacy settings, then reload the page.',
  cameraInUse: 'Camera in use by another app. Close that app, then choose the camera again.',
  cameraNotFound: 'No camera found. Connect one, then choose it here.',
  cameraFailed: 'The camera could not be started. Choose another one, or reload the page.',
  speakerFailed: 'This speaker could not be used. Choose another one.',
};

const SUFFIX: Record<DeviceAccessErrorReason, string> = {
  'denied-by-browser': 'DeniedByBrowser',
  'denied-by-system': 'DeniedBySystem',
  'in-use': 'InUse',
  'not-found': 'NotFound',
  other: 'Failed',
};

/** Which message of {@link DeviceErrorStrings} explains a failure of `kind` for `reason`. */
export function deviceErrorMessage(kind: Kind, reason: DeviceAccessErrorReason): keyof DeviceErrorStrings {
  if (kind === 'audiooutput') return 'speakerFailed';
  return `${kind === 'audioinput' ? 'microphone' : 'camera'}${SUFFIX[reason]}` as keyof DeviceErrorStrings;
}
