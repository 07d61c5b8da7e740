// web-test-runner plugin: protobufjs/minimal is CommonJS, which the dev server passes to the
// browser untouched. Serve it instead as one ES module bundled by esbuild, as the build does.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const noLong = fileURLToPath(new URL('../src/protocol/no-long.cjs', import.meta.url));

export function protobufjsEsmPlugin() {
  let bundle;
  return {
    name: 'protobufjs-esm',
    async serve(context) {
      if (!context.path.endsWith('/node_modules/protobufjs/minimal.js')) return undefined;
      bundle ??= build({
        entryPoints: ['protobufjs/minimal.js'],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        alias: { long: noLong },
        write: false,
        logLevel: 'warning',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
