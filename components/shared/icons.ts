import { svg } from 'lit';

/**
 * The icons of the elements, drawn on a 24×24 grid in `currentColor`. One module, so each shape is
 * shipped once however many elements show it. Put them inside
 * `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">`.
 */
export const micIcon = svg`<path fill="currentColor" d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-3.1a7 7 0 0 0 6-6.9z"/>`;
export const cameraIcon = svg`<path fill="currentColor" d="M3 7h11a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1zm13 4 5-3v8l-5-3z"/>`;
/** A diagonal stroke drawn over an icon for "off" (microphone muted, camera off). */
export const slashIcon = svg`<path d="M3 3l18 18" stroke="currentColor" stroke-width="2"/>`;
export const screenIcon = svg`<path fill="currentColor" d="M3 4h18a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-7v2h3v2H7v-2h3v-2H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm1 2v9h16V6z"/>`;
export const leaveIcon = svg`<path fill="currentColor" d="M12 9c-2.1 0-4.1.4-6 1.1v3.1c0 .4-.2.7-.6.9-1 .5-1.8 1.1-2.6 1.8a1 1 0 0 1-1.4 0L.3 14.8a1 1 0 0 1 0-1.4A16.4 16.4 0 0 1 12 8.5c4.5 0 8.6 1.8 11.7 4.9a1 1 0 0 1 0 1.4l-1.1 1.1a1 1 0 0 1-1.4 0c-.8-.7-1.6-1.3-2.6-1.8a1 1 0 0 1-.6-.9v-3.1A17 17 0 0 0 12 9z"/>`;
export const settingsIcon = svg`<path fill="currentColor" d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3.2h-4l-.4 2.7a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1c.5.4 1.1.7 1.7 1l.4 2.7h4l.4-2.7c.6-.3 1.2-.6 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z" transform="translate(-1 0)"/>`;
/** Connection bars; pair with a class or part that dims the bars the signal does not reach. */
export const signalIcon = svg`<path fill="currentColor" d="M3 18h3v3H3zm5-4h3v7H8zm5-4h3v11h-3zm5-5h3v16h-3z"/>`;
export const chevronStartIcon = svg`<path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2"/>`;
export const chevronEndIcon = svg`<path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2"/>`;
export const sendIcon = svg`<path fill="currentColor" d="M3 20.5 21 12 3 3.5V10l12 2-12 2z"/>`;
