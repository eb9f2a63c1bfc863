#!/usr/bin/env node
// The `kiosque` command. The server as one module, bundled from the TypeScript sources by `npm ci`
// (`npm run bundle`), when it was built from the sources as they are: a start then loads no
// TypeScript loader and some 185 modules fewer. Otherwise the sources themselves, through tsx.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { freshBundle } from './bundle.js';

// `kiosque import` is a long batch job: its main thread holds each batch for seconds, which a young
// generation grown to V8's 32 MB only copies about before promoting it, some 40 MB more at the peak.
// V8 sizes it when a process starts, so the import runs in a child started with a small one (unless
// the flag was given, on the command line or in NODE_OPTIONS), which gets the signals this process is
// sent and whose exit is this one's. The child's allocator keeps two arenas (unless told otherwise):
// glibc gives threads arenas of their own, up to eight per core, and the body workers' held 15–20 MB
// more at the peak than with two, for no CPU measured; glibc reads MALLOC_ARENA_MAX as a process starts.
const youngFlag = '--max-semi-space-size';
const given = process.execArgv.some((arg) => arg.startsWith(youngFlag)) || (process.env.NODE_OPTIONS ?? '').includes(youngFlag);
if (process.argv[2] === 'import' && !given) {
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
  const child = spawn(process.execPath, [`${youngFlag}=2`, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal === null) process.exitCode = code;
    else {
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
    }
  });
} else {
  const bundle = freshBundle();
  if (bundle) {
    await import(pathToFileURL(bundle).href);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../src/cli/main.ts');
  }
}
