// Writes custom-elements.json from the elements' source with @custom-elements-manifest/analyzer
// (settings in custom-elements-manifest.config.mjs), its modules in path order so the file only
// changes when the elements do. With --check, writes nothing and fails when the committed file is
// stale: the manifest feeds editors and typings, so a stale one misleads them.
import { readFileSync, writeFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const manifest = await cli({ argv: ['analyze', '--quiet'], noWrite: true });
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
const file = 'custom-elements.json';

if (process.argv.includes('--check')) {
  if (fresh !== readFileSync(file, 'utf8')) {
    console.error(`${file} is stale: run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
} else {
  writeFileSync(file, fresh);
}
