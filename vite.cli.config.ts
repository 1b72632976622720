import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The CLI as one ESM file for Node 20: `dist/cli/why401.js`. The locale JSON (import.meta.glob)
// and package.json's version are inlined; Node built-ins stay imports. bin/why401.js loads it.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/entry.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: 'why401.js', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
