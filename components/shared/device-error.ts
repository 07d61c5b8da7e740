import { DeviceAccessError } from '../../src/index.ts';
import type { ChimeDeviceErrorDetail } from '../events.ts';

/** The `chime-device-error` detail of an error opening a device (the SDK rejects with a `DeviceAccessError`). */
export function deviceErrorDetail(
  kind: ChimeDeviceErrorDetail['kind'],
  error: unknown,
): ChimeDeviceErrorDetail {
  const described = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  return {
    kind,
    name: typeof described.name === 'string' ? described.name : 'Error',
    reason: error instanceof DeviceAccessError ? error.reason : 'other',
    message: typeof described.message === 'string' ? described.message : String(error),
  };
}
