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
