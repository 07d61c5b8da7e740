import { createContext } from '@lit/context';
import type { DefaultDeviceController, DefaultMeetingSession } from '../src/index.ts';

// The keys are strings rather than symbols so that two copies of the bundle on one page (an app
// and a help-desk widget) still find each other's providers.

/**
 * The context through which `<chime-meeting>` hands its session object to the elements inside it.
 * The context carries the object; live state reaches consumers through the session's own events.
 */
export const sessionContext = createContext<DefaultMeetingSession | undefined>('chime-elements:session');

/**
 * The context through which `<chime-meeting>` hands its device controller to the elements inside
 * it. It exists before the session does, so that devices can be chosen before joining; the
 * session uses the same controller, so a choice made before or during the meeting applies to it.
 */
export const deviceControllerContext = createContext<DefaultDeviceController | undefined>(
  'chime-elements:device-controller',
);
