// The bundle beside this file is generated from the amazon-chime-sdk-js package
// (scripts/bundle-official-client.mjs), so the package's own types describe it.
export * from 'amazon-chime-sdk-js';
