import { createContext } from '@lit/context';
import type { DefaultMeetingSession } from '../src/index.ts';

/**
 * The context through which `<chime-meeting>` hands its session object to the elements inside it.
 * The key is a string rather than a symbol so that two copies of the bundle on one page (an app and
 * a help-desk widget) still find each other's providers.
 * The context carries the object; live state reaches consumers through the session's own events.
 */
export const sessionContext = createContext<DefaultMeetingSession | undefined>('chime-elements:session');
