/** Name reported to the meeting service as the client source. */
export const SDK_NAME = 'chime-elements';

/** Version reported to the meeting service; kept in step with package.json. */
export const SDK_VERSION = '0.1.0';
