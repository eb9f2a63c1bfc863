import { existsSync } from 'node:fs';

// Debian's Chromium: `.ci/run` installs it; elsewhere the browser suites say
// they were skipped. They load their helpers (chromium.ts) only when it is here.
export const CHROMIUM = '/usr/bin/chromium';
export const SKIPPED = `skipped: ${CHROMIUM} is not installed (apt-get install -y chromium; .ci/run does it)`;
export const hasChromium = () => existsSync(CHROMIUM);
