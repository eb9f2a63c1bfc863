/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { tempDir } from '../helpers.js';

import { CHROMIUM } from './available.js';

// Debian's Chromium driven by playwright-core: no browser is downloaded.

/** Where screenshots go, for a reviewer to open: test-results/screenshots/ (git-ignored). */
export const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url).pathname;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A fresh Chromium profile (its own --user-data-dir), closed when the test ends. */
export async function openChromium(t: { teardown(fn: () => unknown): void }, extraArgs: string[] = []): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(tempDir('chromium'), {
    executablePath: CHROMIUM, headless: true, args: [...ARGS, ...extraArgs], viewport: { width: 1280, height: 900 },
  });
  t.teardown(() => context.close());
  mkdirSync(SCREENSHOTS, { recursive: true });
  return context;
}

export interface Watched {
  page: Page;
  /** Console errors, page errors, failed requests and answers of 400 or more, as text. */
  problems: string[];
}

/** A new tab whose every console error, uncaught error and failed request is recorded. */
export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return { page, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: number }

/** axe-core's WCAG 2.x A and AA rules on the page as it is now. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await run.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}

export const serious = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
