// Regenerates the protobuf code for the Chime signaling schema, without eval or new Function at
// run time (strict CSP). Two codecs come out of the one schema:
// - signaling.js (+ signaling.d.ts): protobufjs static code for every message, encode and decode:
//   the service's codec (src/protocol/service-frame.ts), and the source of the TypeScript
//   declarations everyone uses (the ISdk* interfaces, the message classes' fields, the enums);
// - client-codec.ts: the SDK's codec (src/protocol/frame.ts), field tables read and written by
//   src/protocol/codec.ts: the messages a client sends (CLIENT_SENDS) and receives
//   (CLIENT_RECEIVES), and the enums they use. Only it is in the browser bundle; it has no
//   protobufjs in it, and the same messages give the same bytes on the wire.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const proto = 'src/protocol/SignalingProtocol.proto';
const out = 'src/protocol/generated';
const bin = (name) => `node_modules/.bin/${name}`;
const work = mkdtempSync(join(tmpdir(), 'chime-proto-'));

/** The SdkSignalFrame fields a client sends (wire protocol §3: C→S and both ways). */
const CLIENT_SENDS = [
  'join',
  'sub',
  'pause',
  'leave',
  'audio_control',
  'ping_pong',
  'client_metric',
  'data_message',
  'primary_meeting_join',
  'primary_meeting_leave',
];
/** The SdkSignalFrame fields a client receives (wire protocol §3: S→C and both ways). */
const CLIENT_RECEIVES = [
  'error',
  'joinack',
  'suback',
  'index',
  'pause',
  'leave_ack',
  'bitrates',
  'audio_metadata',
  'audio_stream_id_info',
  'ping_pong',
  'audio_status',
  'data_message',
  'primary_meeting_join_ack',
  'primary_meeting_leave',
  'notification',
];

/** Runs pbjs on the schema into `file`, as ES module code that loads in Node and browsers. */
function generate(file) {
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
      file,
      proto,
    ],
    { stdio: 'inherit' },
  );
  // protobufjs/minimal is CommonJS: a default import is its exports object under both Node and
  // bundlers, whereas a namespace import has no named members under Node's ESM loader.
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(
        'import * as $protobuf from "protobufjs/minimal";',
        // 64-bit fields (timestamps, session ids) fit in a double: decode them as plain numbers
        // instead of Long objects, as the .d.ts promises (and as the SDK's codec does).
        'import $protobuf from "protobufjs/minimal.js";\n$protobuf.util.Long = undefined;\n$protobuf.configure();',
      )
      .replaceAll('$util.Long ? $util.Long.fromBits(0,0,true) : 0', '0')
      .replaceAll('$util.Long ? $util.Long.fromBits(0,0,false) : 0', '0'),
  );
}

generate(`${out}/signaling.js`);

// pbts (jsdoc) stops exporting message interfaces after the first top-level enum tagged
// `@exports`; the declarations come out complete when those tags are left out of its input.
const dts = `${out}/signaling.d.ts`;
const forTypes = join(work, 'signaling.js');
writeFileSync(
  forTypes,
  readFileSync(`${out}/signaling.js`, 'utf8').replace(/(\/\*\*\n \* \w+ enum\.\n) \* @exports \w+\n/g, '$1'),
);
execFileSync(bin('pbts'), ['--no-comments', '-o', dts, forTypes], { stdio: 'inherit' });
rmSync(work, { recursive: true });
// A decoded message's sub-messages are message instances (unset fields read as defaults), so the
// members of the generated classes name the classes; the I-prefixed interfaces stay for input.
writeFileSync(
  dts,
  readFileSync(dts, 'utf8').replace(/^(\s+public (?!static )\w+\??: .*)$/gm, (line) =>
    line.replace(/\bI(Sdk\w+)/g, '$1'),
  ),
);

// The SDK's codec: field tables for src/protocol/codec.ts, from the schema as protobufjs reads
// it (the same field names, defaults and rules as the service's codec above).
const { Root, Enum, util } = (await import('protobufjs')).default;
const schema = new Root().loadSync(proto, { keepCase: true }).resolveAll();
const frameType = schema.lookupType('SdkSignalFrame');
/** JOIN's `flags` is a plain uint32: its enum is named here, since nothing refers to it. */
const EXTRA_ENUMS = ['SdkJoinFlags'];
/**
 * Enums written with only the members the SDK's sources name (SdkMetric.Type has 128 members, the
 * SDK sends about 55 of them, named in src/metrics/ClientMetricReport.ts): the others would only
 * weigh on the bundle. Naming another member in src/ needs `npm run proto` again.
 */
const NAMED_MEMBERS_ONLY = ['SdkMetric.Type'];
const sdkWords = new Set(
  readdirSync('src', { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.startsWith('protocol/generated/'))
    .flatMap((file) => readFileSync(join('src', file), 'utf8').match(/\b[A-Z][A-Z0-9_]+\b/g) ?? []),
);
const KINDS = {
  uint32: 'UINT',
  uint64: 'UINT',
  int32: 'INT',
  int64: 'INT',
  bool: 'BOOL',
  double: 'DOUBLE',
  string: 'STRING',
  bytes: 'BYTES',
};
const ZEROS = { UINT: 0, INT: 0, BOOL: false, DOUBLE: 0, STRING: '' };

const tables = []; // [name, code], dependencies first
const tableNames = new Map(); // protobufjs Type → table name
const enums = new Set();

/** The table entry of one field, e.g. `[1, 'streamId', UINT]`. */
function entry(field, ofMessage) {
  const where = `${ofMessage.name}.${field.name}`;
  let kind;
  let extra;
  if (field.resolvedType instanceof Enum) {
    kind = 'INT';
    enums.add(field.resolvedType);
  } else if (field.resolvedType) {
    kind = 'MESSAGE';
    extra = table(field.resolvedType);
  } else {
    kind = KINDS[field.type];
    if (!kind) throw new Error(`${where}: type ${field.type} is not supported by src/protocol/codec.ts`);
  }
  if (!field.repeated && kind !== 'MESSAGE') {
    if (kind === 'BYTES' && field.options?.default !== undefined) throw new Error(`${where}: bytes default`);
    const value = typeof field.typeDefault === 'object' ? 0 : field.typeDefault; // a Long is 0
    if (kind !== 'BYTES' && value !== ZEROS[kind]) extra = JSON.stringify(value).replaceAll('"', "'");
  }
  const flags = [field.repeated && 'REPEATED', field.required && 'REQUIRED', field.packed && 'PACKED'];
  const name = util.camelCase(field.name);
  return `[${field.id}, '${name}', ${[...flags.filter(Boolean), kind].join(' | ')}${extra === undefined ? '' : `, ${extra}`}]`;
}

/** Names the table of a message, writing it (and first the tables it uses) if not yet written. */
function table(type, fields = type.fieldsArray, name = `${type.name}Fields`) {
  if (tableNames.has(type) && fields === type.fieldsArray) return tableNames.get(type);
  if (type.oneofsArray.length)
    throw new Error(`${type.name}: oneof is not supported by src/protocol/codec.ts`);
  if (fields === type.fieldsArray) tableNames.set(type, name);
  const entries = [...fields].sort((a, b) => a.id - b.id).map((field) => entry(field, type));
  tables.push([name, entries]);
  return name;
}

/** The frame's table with only `names` of its optional fields. */
function frameTable(names, name) {
  const fields = frameType.fieldsArray.filter((field) => field.required || names.includes(field.name));
  const missing = names.filter((wanted) => !fields.some((field) => field.name === wanted));
  if (missing.length) throw new Error(`SdkSignalFrame has no field ${missing.join(', ')}`);
  return table(frameType, fields, name);
}

frameTable(CLIENT_SENDS, 'SENT_FRAME');
frameTable(CLIENT_RECEIVES, 'RECEIVED_FRAME');
for (const name of EXTRA_ENUMS) enums.add(schema.lookupEnum(name));

/** The enums, each as a plain object with the same name (and type) as in signaling.d.ts. */
function enumCode() {
  const byHolder = new Map(); // top-level name → [enum, …]
  for (const type of enums) {
    const holder = type.parent === schema ? type.name : type.parent.name;
    if (type.parent !== schema && type.parent.parent !== schema)
      throw new Error(`${type.fullName}: nested too deep`);
    byHolder.set(holder, [...(byHolder.get(holder) ?? []), type]);
  }
  const object = (type, indent) => {
    const subset = NAMED_MEMBERS_ONLY.includes(type.fullName.slice(1));
    const members = Object.entries(type.values).filter(([name]) => !subset || sdkWords.has(name));
    const names = members.map(([name]) => `'${name}'`).join(' | ');
    const all = `EnumObject<typeof P.${type.fullName.slice(1)}>`;
    return `{\n${members
      .map(([name, value]) => `${indent}  ${name}: ${value},`)
      .join('\n')}\n${indent}} as ${subset ? `Pick<${all}, ${names}>` : all}`;
  };
  return [...byHolder.keys()]
    .sort()
    .map((holder) => {
      const [first, ...others] = byHolder.get(holder);
      if (first.parent === schema) {
        return `export type ${holder} = P.${holder};\nexport const ${holder} = ${object(first, '')};\n`;
      }
      const nested = [first, ...others].sort((a, b) => a.name.localeCompare(b.name));
      return (
        `export type ${holder} = P.${holder};\n` +
        `export declare namespace ${holder} {\n` +
        nested.map((type) => `  type ${type.name} = P.${holder}.${type.name};\n`).join('') +
        `}\n` +
        `export const ${holder} = {\n` +
        nested.map((type) => `  ${type.name}: ${object(type, '  ')},\n`).join('') +
        `};\n`
      );
    })
    .join('\n');
}

const codec = `// Generated by scripts/generate-protocol.mjs from SignalingProtocol.proto: do not edit.
// The SDK's signaling codec: the fields of the messages a client sends (SENT_FRAME) and receives
// (RECEIVED_FRAME), for src/protocol/codec.ts, and the enums those messages use. A field is
// [number, camelCase name, kind | flags, the message's fields or a scalar's non-zero default].
import type * as P from './signaling.js';
import { BOOL, BYTES, DOUBLE, INT, MESSAGE, PACKED, REPEATED, REQUIRED, STRING, UINT } from '../codec.ts';
import type { EnumObject, Fields } from '../codec.ts';

${tables
  .map(
    ([name, entries]) =>
      `${name.endsWith('_FRAME') ? 'export ' : ''}const ${name}: Fields = [${entries.map((e) => `\n  ${e},`).join('')}${entries.length ? '\n' : ''}];\n`,
  )
  .join('\n')}
${enumCode()}`;
// Only the kinds in use are imported, so the module passes noUnusedLocals.
const used = (name) => new RegExp(`\\b${name}\\b`).test(codec.slice(codec.indexOf('\n\n')));
writeFileSync(
  `${out}/client-codec.ts`,
  codec.replace(/import \{ ([\w, ]+) \} from '\.\.\/codec\.ts';/, (_, names) => {
    const kept = names.split(', ').filter(used);
    return `import { ${kept.join(', ')} } from '../codec.ts';`;
  }),
);
