/**
 * `npm run build`, after tsc: bundles the app that `npm start` runs (src/main.ts -> dist/main.js)
 * with esbuild, so a start reads one file instead of resolving, reading and compiling about 1,100
 * modules one by one (Kysely alone is 263 files, undici 112). tsc, just before, still type-checks
 * everything and compiles the other entry points (`npm run gaps`, `npm run report`, the snapshot
 * writer) to dist/; the dist/main.js it writes is replaced here.
 *
 * - Native and optional database drivers stay external (better-sqlite3 loads a .node file; pg is
 *   imported only when DATABASE_URL names PostgreSQL), resolved from node_modules at run time.
 * - What a start does not need is split into chunks loaded on demand (dist/chunks/): the YAML
 *   parser and the knowledge validators, used only when knowledge/ changed since this build.
 * - Source maps are written beside the output (dist/main.js.map); run with --enable-source-maps to
 *   see original positions in stack traces.
 * - The CommonJS packages inside (Bolt and its dependencies) call `require` for Node's built-in
 *   modules: the banner gives the ES module one.
 */

import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Our sources with every non-ASCII character written as a `\u` escape. esbuild escapes them in
 * strings but not inside regular expression literals (`/['’]s\b/`), and one such character is
 * enough for V8 to keep the whole bundle's source in memory as two bytes a character (5.4 MB
 * instead of 2.7). The escape means the same thing in strings, templates, regular expressions
 * (with or without the `u` flag) and comments; no source uses String.raw.
 */
const OUR_SOURCES = new RegExp(
  `^${fileURLToPath(new URL('../src/', import.meta.url)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\.ts$`,
);
const asciiSources = {
  name: 'ascii-sources',
  setup(esbuild) {
    esbuild.onLoad({ filter: OUR_SOURCES }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(
        /[^\0-\x7f]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      ),
      loader: 'ts',
    }));
  },
};

rmSync(new URL('../dist/chunks', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Maps point at src/ and node_modules/ rather than carrying copies of them.
  sourcemap: true,
  sourcesContent: false,
  // Whitespace, comments and dead code out (a smaller file to read and parse: 2.7 MB instead of
  // 4 MB); names kept, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  external: ['better-sqlite3', 'pg'],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // Licence comments of bundled packages go to dist/main.js.LEGAL.txt rather than into the code.
  legalComments: 'external',
  plugins: [asciiSources],
  logLevel: 'warning',
});
