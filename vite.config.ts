import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * One entry point per element for bundlers, `chime-elements/elements/chime-<name>.js`, made from
 * each element folder's define file: importing it defines that element (and what it renders).
 */
const elementEntries = Object.fromEntries(
  readdirSync(here('components'), { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && readdirSync(here(`components/${entry.name}`)).includes('define.ts'),
    )
    .map((entry) => [`elements/chime-${entry.name}`, here(`components/${entry.name}/define.ts`)]),
);

/** Ships the translations in `locales/` as `dist/locales/<lang>.json` (`chime-elements/locales/*`). */
function locales(): Plugin {
  return {
    name: 'chime-elements:locales',
    generateBundle() {
      for (const file of readdirSync(here('locales')).filter((name) => name.endsWith('.json'))) {
        this.emitFile({
          type: 'asset',
          fileName: `locales/${file}`,
          source: readFileSync(here(`locales/${file}`)),
        });
      }
    },
  };
}

// `vite build` writes the ESM entry points; `vite build --mode iife` writes the one
// self-registering file for a plain <script src> (global `ChimeElements`).
export default defineConfig(({ mode }) => ({
  plugins: mode === 'iife' ? [] : [locales()],
  build: {
    target: 'es2022',
    emptyOutDir: mode !== 'iife',
    sourcemap: true,
    minify: mode === 'iife',
    lib:
      mode === 'iife'
        ? {
            entry: here('components/bundle.ts'),
            name: 'ChimeElements',
            formats: ['iife'],
            fileName: () => 'chime-elements.iife.js',
          }
        : {
            entry: { index: here('src/index.ts'), elements: here('components/index.ts'), ...elementEntries },
            formats: ['es'],
          },
    rollupOptions:
      mode === 'iife'
        ? {}
        : {
            external: [/^lit/, /^@lit\//, /^pbf$/],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
  },
}));
