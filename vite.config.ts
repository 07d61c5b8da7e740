import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, parseAst } from 'vite';
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

/** What trimTemplates reads of the syntax tree. */
interface Node {
  type?: string;
  tag?: { name?: string };
  quasi?: { quasis: { start: number; end: number }[] };
}

/**
 * Drops the indentation after each line break, and shortens other runs of spaces to one, in the
 * static text of Lit's `css`, `html` and `svg` templates and of the SDK's column-aligned tables
 * (`table` in src/metrics/ClientMetricReport.ts, whose `#` comments go too), and the comments of
 * `css` templates: dead weight in the output, since those texts read any run of whitespace as one. Line breaks stay, so whitespace
 * stays whitespace and no line moves (source maps hold); text in `<pre>` or `white-space: pre`
 * must come from bindings.
 */
function trimTemplates(): Plugin {
  const tags = new Set(['css', 'html', 'svg', 'table']);
  return {
    name: 'chime-elements:trim-templates',
    transform: {
      filter: { id: /\/(components|src)\/.*\.ts$/, code: /`/ },
      handler(code) {
        const ranges: { start: number; end: number; tag: string }[] = [];
        const visit = (node: Node): void => {
          if (node.type === 'TaggedTemplateExpression' && tags.has(node.tag?.name ?? '')) {
            for (const quasi of node.quasi!.quasis) ranges.push({ ...quasi, tag: node.tag!.name! });
          }
          for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
        };
        visit(parseAst(code) as Node);
        let out = code;
        for (const { start, end, tag } of ranges.sort((a, b) => b.start - a.start)) {
          let text = out.slice(start, end);
          if (tag === 'table') text = text.replace(/[ \t]*#.*/g, '');
          if (tag === 'css') text = text.replace(/\/\*[^]*?\*\//g, '');
          text = text.replace(/\n[ \t]+/g, '\n').replace(/[ \t]{2,}/g, ' ');
          out = out.slice(0, start) + text + out.slice(end);
        }
        return out === code ? null : { code: out, map: null };
      },
    },
  };
}

// `vite build` writes the ESM entry points; `vite build --mode iife` writes the one
// self-registering file for a plain <script src> (global `ChimeElements`).
export default defineConfig(({ mode }) => ({
  plugins: mode === 'iife' ? [trimTemplates()] : [trimTemplates(), locales()],
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
            external: [/^lit/, /^@lit\//],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
  },
}));
