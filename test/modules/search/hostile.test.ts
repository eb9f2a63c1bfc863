import t from 'tap';
import fc from 'fast-check';
import type { App } from '../../../src/app.js';
import { article, makeApp, newsroom } from '../../helpers.js';

const OPERATORS = ['AND', 'OR', 'NOT', 'NEAR', 'NEAR(', 'NEAR/2', '(', ')', '"', '""', '*', '^', ':', '-', '+', '{', '}', ',',
  'title:', 'body:', '{title body}:', '-title:', 'rank:', 'MATCH', "'", ';', '--', '/*', '\\', '\u0000', '\u0002', '\u0003',
  'élection', 'ia', 'œuvre', '🤔', '😀', 'x'];

const HAND = [
  '"', '""', '"""', '"élection', 'élection"', '"a" "b', '"-"', '-"', '--', '-', '- élection', 'élection -', '-élection',
  'NEAR(', 'NEAR(a b', 'NEAR(a b, 2)', 'NEAR(a b, -1)', 'a NEAR/3 b', '*', '**', 'a*', '*a', '"a"*', '^', '^a', 'a^', ':', 'a:', ':a',
  'AND', 'OR', 'NOT', 'a AND', 'OR b', 'NOT a', 'a NOT', 'AND OR NOT', '(', ')', '()', '(a', 'a)', '((a) OR (b', '{', '}', '{}',
  'title:x', 'title : x', '{title body}: x', '{title body}:', '-{title}: x', 'article_fts:x', 'rank:x', 'x + y', 'a"b"c',
  '\u0000', 'a\u0000b', '\u0001\u0002\u0003', '\u0002élection\u0003', '\t\n\r', '\u200b', '\u00ad', '\ufeff', '\ufffd',
  '🤔', '😀 😀', 'élection 🤔', '👩‍👩‍👧‍👦', '🇫🇷', 'ﷺ', '𝕏', '日本語', 'مرحبا', '\u202e', 'e\u0301', 'q\u0301', "'; DROP TABLE articles; --",
  'AND AND', 'OR OR OR', 'NOT NOT', 'a OR', '"a" NOT', 'a - b', 'NEAR()', '\u3000élection\u3000', 'a:b:c', '"a":b',
  '%', '%%', '%00', '\\', "\\'", "l'élection", 'c’est-à-dire', '-"a b" -c', 'a'.repeat(500), `${'é '.repeat(249)}é`,
  Array.from({ length: 20 }, (_, i) => `m${i}`).join(' '), Array.from({ length: 21 }, (_, i) => `m${i}`).join(' '),
  Array.from({ length: 200 }, () => '"a"').join(''), '"'.repeat(500), '-'.repeat(500), 'NEAR('.repeat(100), 'x'.repeat(10_000),
];

/** Asks the search and checks the answer: results or a 400 problem, never a 5xx, never an FTS5 message. */
async function ask(app: App, url: string): Promise<number> {
  const res = await app.inject({ url });
  const fine = res.statusCode === 200 || (res.statusCode === 400 && /^application\/problem\+json/.test(String(res.headers['content-type'])));
  if (!fine || /fts5|syntax|sqlite|malformed|no such/i.test(res.body)) {
    throw new Error(`${url.slice(0, 200)} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
  }
  if (res.statusCode === 400 && !['INVALID_QUERY', 'VALIDATION_FAILED', 'BAD_URL'].includes(res.json().code)) {
    throw new Error(`${url.slice(0, 200)} → unexpected code ${res.body}`);
  }
  return res.statusCode;
}

t.test('any query string answers 200 or a 400 problem, never a 5xx or an FTS5 error', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'L’élection et l’IA', sectionId: section.id, body: 'Une œuvre (AND) "NEAR" title: x * ^ 🤔.' });
  await article(app, { title: 'Autre', sectionId: section.id, lang: 'en', body: 'Running elections.' });

  const statuses = new Map<number, number>();
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  for (const q of HAND) count(await ask(app, `/v1/search?q=${encodeURIComponent(q)}`));
  // Raw, badly encoded query strings too.
  for (const raw of ['q=%', 'q=%E9', 'q=%ED%A0%80', 'q=%FF%FE', 'q=a%00b', 'q=%22', 'q=a&q=b', 'q[]=a', 'q=a&lang=%00', 'q=a&section=%22']) {
    count(await ask(app, `/v1/search?${raw}`));
  }

  let runs = 0;
  const query = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.array(fc.constantFrom(...OPERATORS), { minLength: 1, maxLength: 25 }).map((parts) => parts.join(' ')),
    fc.array(fc.constantFrom(...OPERATORS), { minLength: 1, maxLength: 25 }).map((parts) => parts.join('')),
    fc.array(fc.oneof(fc.constantFrom(...OPERATORS), fc.string({ unit: 'grapheme-composite', maxLength: 6 })), { maxLength: 30 })
      .map((parts) => parts.join(' ')),
  );
  await fc.assert(fc.asyncProperty(query, fc.constantFrom('', '&lang=fr', '&lang=en', '&lang=xx', '&limit=1'), async (q, more) => {
    runs++;
    count(await ask(app, `/v1/search?q=${encodeURIComponent(q)}${more}`));
  }), { numRuns: 300 });

  t.equal(runs, 300, 'fast-check asked 300 generated queries');
  t.ok(HAND.length >= 100, `and ${HAND.length} written by hand`);
  t.ok((statuses.get(200) ?? 0) > 50 && (statuses.get(400) ?? 0) > 20, `both answers occur: ${JSON.stringify([...statuses])}`);
});
