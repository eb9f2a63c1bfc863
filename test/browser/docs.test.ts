/// <reference lib="dom" />
import t from 'tap';
import { makeApp } from '../helpers.js';
import { hasChromium, SKIPPED } from './available.js';

// Swagger UI at /docs as a developer opens it on a test server: plain HTTP,
// a host name that is not localhost (Chromium resolves docs.kiosque.test to
// the loopback address). Nothing may be sent to https, blocked by the CSP or fail.

if (!hasChromium()) {
  t.comment(SKIPPED);
  t.plan(0, SKIPPED);
} else {
  const { axe, openChromium, SCREENSHOTS, serious, watchedPage } = await import('./chromium.js');
  const { app } = await makeApp(t);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const port = new URL(address).port;
  const context = await openChromium(t, ['--host-resolver-rules=MAP docs.kiosque.test 127.0.0.1']);

  t.test('Swagger UI renders the document over plain HTTP, with no error and no serious accessibility violation', async (t) => {
    const { page, problems } = await watchedPage(context);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(`http://docs.kiosque.test:${port}/docs/`, { waitUntil: 'load' });
    t.equal(response?.status(), 200);
    await page.locator('.opblock').first().waitFor();
    await page.waitForLoadState('networkidle');
    t.same(problems, [], 'no console error, no CSP violation, no failed request');
    t.same(requested.filter((url) => !url.startsWith(`http://docs.kiosque.test:${port}/`)), [], 'every asset from the server itself, over HTTP');
    t.equal(await page.title(), 'Kiosque API');
    t.match(await page.locator('.info .title').textContent(), /^Kiosque/);
    t.ok(await page.locator('.opblock').count() >= 50, 'every operation is listed');
    t.notMatch(await page.content(), /fastify/i, 'not branded Fastify');

    await page.locator('#operations-articles-listArticles button.opblock-summary-control').click();
    await page.locator('#operations-articles-listArticles .parameters').waitFor();
    const violations = await axe(page);
    t.comment(`axe-core on /docs: ${violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ') || 'none'}`);
    t.same(serious(violations), [], 'axe-core: no serious or critical violation');
    t.same(problems, []);
    await page.screenshot({ path: `${SCREENSHOTS}docs.png`, fullPage: false });
  });
}
