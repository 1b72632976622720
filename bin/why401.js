#!/usr/bin/env node
// Thin launcher: the CLI is bundled (with its messages) into dist/cli/why401.js by
// `vite build --config vite.cli.config.ts`; importing it runs it.
import '../dist/cli/why401.js';
