/**
 * The devices the user chose (microphone, speaker, camera), remembered in `localStorage` so the
 * next visit starts with them. The one owner of that fact: the device picker writes it, and the
 * meeting and the camera button read it when they open a device. Storage that is unavailable or
 * full (private modes, sandboxed frames) only means nothing is remembered.
 */
export type PreferredDeviceKind = 'audioinput' | 'audiooutput' | 'videoinput';

const STORAGE_KEY = 'chime-elements:devices';

type Preferences = Partial<Record<PreferredDeviceKind, string>>;

function read(): Preferences {
  try {
    const stored: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}');
    return typeof stored === 'object' && stored !== null ? (stored as Preferences) : {};
  } catch {
    return {};
  }
}

/** The `deviceId` chosen for `kind`, or undefined when none was (or it cannot be read). */
export function preferredDevice(kind: PreferredDeviceKind): string | undefined {
  const id = read()[kind];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Remembers `deviceId` for `kind`; `undefined` forgets the choice (back to the default device). */
export function rememberDevice(kind: PreferredDeviceKind, deviceId: string | undefined): void {
  const preferences = read();
  if (deviceId) preferences[kind] = deviceId;
  else delete preferences[kind];
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(preferences));
  } catch {
    // Nothing is remembered: the choice still applies to this page.
  }
}

/** The camera asked for when none was chosen: 640×360 suits tiles and keeps the load small. */
export const defaultVideoConstraints: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 360 },
};

/** What a device controller offers for opening the remembered devices. */
interface Devices {
  readonly activeAudioInput: MediaStream | undefined;
  readonly activeVideoInput: MediaStream | undefined;
  readonly audioOutputDeviceId: string | null;
  startAudioInput(device: string): Promise<unknown>;
  startVideoInput(device: string | MediaTrackConstraints): Promise<unknown>;
  chooseAudioOutput(deviceId: string | null): Promise<void>;
}

/** The camera `deviceId` itself (not another one), at the default size. */
export function cameraConstraints(deviceId: string): MediaTrackConstraints {
  return { ...defaultVideoConstraints, deviceId: { exact: deviceId } };
}

/**
 * The camera to open: exactly the remembered one (an `ideal` device id would let Chromium open
 * the default camera instead), else any camera, at the default size.
 */
export function cameraToOpen(): MediaTrackConstraints {
  const deviceId = preferredDevice('videoinput');
  return deviceId ? cameraConstraints(deviceId) : defaultVideoConstraints;
}

/** Whether `error` says the asked-for device is not there (unplugged, or another browser's id). */
function isMissingDevice(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { reason, name } = error as { reason?: unknown; name?: unknown };
  return reason === 'not-found' || name === 'OverconstrainedError' || name === 'NotFoundError';
}

/**
 * Opens exactly the camera `deviceId` (by default the remembered one) as the video input, or any
 * camera when it is gone. Rejects with the failure to open a camera at all.
 */
export async function openPreferredCamera(
  devices: Pick<Devices, 'startVideoInput'>,
  deviceId = preferredDevice('videoinput'),
): Promise<void> {
  if (!deviceId) {
    await devices.startVideoInput(defaultVideoConstraints);
    return;
  }
  try {
    await devices.startVideoInput(cameraConstraints(deviceId));
  } catch (error) {
    if (!isMissingDevice(error)) throw error;
    await devices.startVideoInput(defaultVideoConstraints);
  }
}

/**
 * Makes the remembered microphone and speaker the controller's choice when nothing is chosen yet
 * (a remembered device that is gone leaves the default), and opens the camera when `camera` is
 * set and none is open. Resolves with the camera's failure, if it failed.
 */
export async function openPreferredDevices(
  devices: Devices,
  { camera }: { camera: boolean },
): Promise<{ kind: 'videoinput'; error: Error } | undefined> {
  const microphone = preferredDevice('audioinput');
  const speaker = preferredDevice('audiooutput');
  await Promise.all([
    microphone && !devices.activeAudioInput
      ? devices.startAudioInput(microphone).catch(() => undefined)
      : undefined,
    speaker && devices.audioOutputDeviceId === null
      ? devices.chooseAudioOutput(speaker).catch(() => undefined)
      : undefined,
  ]);
  if (!camera || devices.activeVideoInput) return undefined;
  try {
    await openPreferredCamera(devices);
    return undefined;
  } catch (error) {
    return { kind: 'videoinput', error: error instanceof Error ? error : new Error(String(error)) };
  }
}
