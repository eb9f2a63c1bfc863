import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../../src/db/connection.js';
import { createRepositories, transactor, type Transactor } from '../../../src/db/repositories.js';
import { createMediaStore } from '../../../src/modules/imports/repository.js';
import type { Renderer } from '../../../src/content/renderer.js';
import { preparerWith } from '../../../src/modules/imports/bodies.js';
import { runImport, type ImportOptions, type PostReport } from '../../../src/modules/imports/run.js';
import { wordpressSource } from '../../../src/modules/imports/wordpress/reader.js';
import { ghostSource } from '../../../src/modules/imports/ghost/reader.js';
import { inThreadRenderer, type TestApp } from '../../helpers.js';

export const fixture = (name: string) => new URL(`../../fixtures/imports/${name}`, import.meta.url).pathname;
export const WXR = fixture('wordpress-newsroom.xml');

/** A copy of a fixture with some text replaced, in `dir`. */
export function variant(dir: string, from: string, name: string, edits: [string | RegExp, string][]): string {
  let text = readFileSync(from, 'utf8');
  for (const [before, after] of edits) {
    const next = text.replace(before, after);
    if (next === text) throw new Error(`variant ${name}: ${String(before)} not found`);
    text = next;
  }
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

export const copy = (dir: string, from: string, name: string) => {
  copyFileSync(from, join(dir, name));
  return join(dir, name);
};

/** Imports a file into the test app's database, as `kiosque import` does, at the test clock's time. */
export async function importFile(
  { db, clock }: Pick<TestApp, 'db' | 'clock'> | { db: Database; clock: { now: number } }, kind: 'wordpress' | 'ghost', file: string,
  { renderer = inThreadRenderer, transaction = transactor(db), ...options }: Partial<ImportOptions> & { siteUrl?: string; lang?: string; renderer?: Renderer; transaction?: Transactor } = {},
) {
  const reports: PostReport[] = [];
  const common = { defaultSection: 'Non classé', now: clock.now, siteUrl: options.siteUrl, lang: options.lang };
  const media = createMediaStore();
  const source = kind === 'wordpress' ? wordpressSource(file, media, common) : ghostSource(file, common);
  try {
    const summary = await runImport({ repos: createRepositories(db.sql), transaction }, source, {
      dryRun: false, batchSize: 4, now: () => clock.now, publicUrl: 'http://localhost:3000', bodies: preparerWith(renderer), onPost: (r) => reports.push(r), ...options,
    });
    return { summary, reports };
  } finally {
    media.close();
  }
}
