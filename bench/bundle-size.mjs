// Bundle size: our self-registering bundle (SDK core + every element + lit + pbf)
// against the official amazon-chime-sdk-js bundled for the browser, both minified, in one run.
// Usage: npm run build && node bench/bundle-size.mjs
import { build } from 'esbuild';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { officialClientBuildOptions } from '../scripts/bundle-official-client.mjs';

const budgetGzip = 60 * 1024;

function measure(label, bytes) {
  return {
    label,
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

if (!existsSync('dist/chime-elements.iife.js')) {
  console.error('run `npm run build` first');
  process.exit(1);
}
const ours = measure(
  'chime-elements (dist/chime-elements.iife.js)',
  readFileSync('dist/chime-elements.iife.js'),
);

const official = await build({
  stdin: {
    contents: "import * as chime from 'amazon-chime-sdk-js'; globalThis.chime = chime;",
    resolveDir: process.cwd(),
  },
  ...officialClientBuildOptions,
  format: 'iife',
  write: false,
  logLevel: 'silent',
});
const theirs = measure('amazon-chime-sdk-js 3.32.0 (esbuild, minified)', official.outputFiles[0].contents);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('| bundle | minified | gzip | brotli |');
console.log('| --- | --- | --- | --- |');
for (const row of [ours, theirs]) {
  console.log(`| ${row.label} | ${kb(row.minified)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`);
}
console.log(`\nbudget: ${kb(budgetGzip)} gzip — ${ours.gzip <= budgetGzip ? 'within' : 'OVER'} budget`);
console.log(`ours is ${((ours.gzip / theirs.gzip) * 100).toFixed(1)} % of the official client's gzip size`);
process.exit(ours.gzip <= budgetGzip ? 0 : 1);
