// Settings of @custom-elements-manifest/analyzer, shared by `npm run analyze` (writes
// custom-elements.json) and scripts/check-manifest.mjs (fails when the committed one is stale).
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
};
