// Bundles the official amazon-chime-sdk-js (a devDependency) as one browser ES module, so the
// interoperability tests can run it as a peer in the same meeting as our client.
import { build } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const out = 'test/official-client/amazon-chime-sdk.js';
const source = 'node_modules/amazon-chime-sdk-js/package.json';

/** How the official client is bundled for the browser wherever this project builds it. */
export const officialClientBuildOptions = {
  bundle: true,
  platform: 'browser',
  mainFields: ['browser', 'module', 'main'],
  define: { global: 'globalThis' },
  minify: true,
  legalComments: 'none',
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) await bundleOfficialClient();

async function bundleOfficialClient() {
  if (existsSync(out) && statSync(out).mtimeMs > statSync(source).mtimeMs) return;
  // The package is CommonJS, so `export *` would give a bundle without named exports: name them.
  const names = Object.keys(createRequire(import.meta.url)('amazon-chime-sdk-js')).filter(
    (name) => name !== 'default',
  );
  await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from 'amazon-chime-sdk-js';`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    ...officialClientBuildOptions,
    format: 'esm',
    logLevel: 'warning',
    outfile: out,
  });
  console.log(`bundled the official client into ${out}`);
}
