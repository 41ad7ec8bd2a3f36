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
import { build } from 'esbuild';

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
  sourcemap: true,
  // Whitespace, comments and dead code out (a smaller file to read and parse: 2.7 MB instead of
  // 4 MB); names kept, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  external: ['better-sqlite3', 'pg'],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
