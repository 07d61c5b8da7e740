/** Entry of the self-registering script: every element plus the SDK, as the global `ChimeElements`. */
export * from '../src/index.ts';
export * from './index.ts';
