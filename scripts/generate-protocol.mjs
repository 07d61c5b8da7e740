// Regenerates the static protobuf code for the Chime signaling schema.
// Static generation keeps eval/new Function out of the shipped bundle (strict CSP).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const proto = 'src/protocol/SignalingProtocol.proto';
const js = 'src/protocol/generated/signaling.js';
const dts = 'src/protocol/generated/signaling.d.ts';
const bin = (name) => `node_modules/.bin/${name}`;

execFileSync(
  bin('pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--force-number',
    '--no-convert',
    '--no-verify',
    '--no-delimited',
    '--no-typeurl',
    '-o',
    js,
    proto,
  ],
  { stdio: 'inherit' },
);
// protobufjs/minimal is CommonJS: a default import is its exports object under both Node and
// bundlers, whereas a namespace import has no named members under Node's ESM loader.
writeFileSync(
  js,
  readFileSync(js, 'utf8')
    .replace(
      'import * as $protobuf from "protobufjs/minimal";',
      // 64-bit fields (timestamps, session ids) fit in a double: decode them as plain numbers
      // instead of Long objects, as the .d.ts promises, and keep long.js out of the bundle.
      'import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure();',
    )
    .replaceAll('$util.Long ? $util.Long.fromBits(0,0,true) : 0', '0')
    .replaceAll('$util.Long ? $util.Long.fromBits(0,0,false) : 0', '0'),
);
// pbts (jsdoc) stops exporting message interfaces after the first top-level enum tagged
// `@exports`; the declarations come out complete when those tags are left out of its input.
const forTypes = join(mkdtempSync(join(tmpdir(), 'chime-proto-')), 'signaling.js');
writeFileSync(
  forTypes,
  readFileSync(js, 'utf8').replace(/(\/\*\*\n \* \w+ enum\.\n) \* @exports \w+\n/g, '$1'),
);
execFileSync(bin('pbts'), ['--no-comments', '-o', dts, forTypes], { stdio: 'inherit' });
rmSync(dirname(forTypes), { recursive: true });
// A decoded message's sub-messages are message instances (unset fields read as defaults), so the
// members of the generated classes name the classes; the I-prefixed interfaces stay for input.
writeFileSync(
  dts,
  readFileSync(dts, 'utf8').replace(/^(\s+public (?!static )\w+\??: .*)$/gm, (line) =>
    line.replace(/\bI(Sdk\w+)/g, '$1'),
  ),
);
