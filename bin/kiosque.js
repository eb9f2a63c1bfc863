#!/usr/bin/env node
// The `kiosque` command. The server as one module, bundled from the TypeScript sources by `npm ci`
// (`npm run bundle`), when it was built from the sources as they are: a start then loads no
// TypeScript loader and some 185 modules fewer. Otherwise the sources themselves, through tsx.
import { pathToFileURL } from 'node:url';
import { freshBundle } from './bundle.js';

const bundle = freshBundle();
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
