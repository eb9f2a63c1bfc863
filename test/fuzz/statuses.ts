/**
 * Documented statuses the fuzzer does not produce, each with the test that
 * does, or the reason no test can. The fuzz suite fails when a documented
 * status is produced neither by the fuzz run nor by an entry here.
 */
export interface ProducedElsewhere {
  /** An operationId, or `*` for every operation. */
  operation: string;
  status: string;
  /** The test file (from the project root) that produces it, when one does. */
  test?: string;
  reason: string;
}

const readOnly = [
  'listArticles', 'getArticle', 'listArticleLinks', 'listSections', 'getSection', 'listAuthors', 'getAuthor', 'listTags', 'getTag',
  'listRelatedArticles', 'getSectionFront', 'getArticlePage', 'searchArticles', 'listPopular', 'recordView',
  'getSitemapIndex', 'getSectionSitemap', 'getNewsSitemap', 'listFeeds', 'getSiteFeed', 'getSectionFeed', 'getTagFeed',
  'getAuthorFeed', 'getArticleNinjs', 'listChanges', 'findRedirect',
];

/** Webhook answers that need a subscription: the fuzz app refuses every URL it could give (SSRF guard, no loopback). */
const webhookSuccesses: [string, string][] = [
  ['createWebhook', '201'], ['getWebhook', '200'], ['updateWebhook', '200'], ['updateWebhook', '412'], ['deleteWebhook', '204'],
  ['listWebhookDeliveries', '200'], ['getWebhookDelivery', '200'], ['replayWebhookDelivery', '202'],
];

export const elsewhere: ProducedElsewhere[] = [
  {
    operation: '*', status: '500',
    reason: 'Documented on every route for an unexpected fault; nothing a client sends may produce it, which the fuzz run asserts. '
      + 'The error handler\'s 500 (masked detail, logged with the request id) is tested in test/plugins/errors.test.ts.',
  },
  ...readOnly.map((operation) => ({
    operation, status: '403',
    reason: 'Not producible: these routes need `content:read`, which every scope implies (admin ⊃ content:write ⊃ '
      + 'content:preview ⊃ content:read), so a key that authenticates is never forbidden here; the 403 stays documented '
      + 'for keys narrower than that (partner keys with entitlements).',
  })),
  {
    operation: '*', status: '400', test: 'test/plugins/auth.test.ts',
    reason: 'Every route refuses two Authorization headers, which only a raw request can send (app.inject merges them); '
      + 'the fuzzer produces the other 400s of routes that take parameters or bodies.',
  },
  {
    operation: '*', status: '429', test: 'test/plugins/rate-limit.test.ts',
    reason: 'One hook limits every route but the health checks, before any handler; the fuzz app runs without limits '
      + '(makeApp turns them off), and the rate-limit tests produce the 429 with its headers.',
  },
  {
    operation: '*', status: '503', test: 'test/plugins/hardening.test.ts',
    reason: 'Load shedding (one hook on every route, tested with a saturated event loop) and a busy or failing database '
      + '(test/plugins/storage-errors.test.ts, and the fault suite); neither comes from what a client sends.',
  },
  {
    operation: '*', status: '507', test: 'test/plugins/storage-errors.test.ts',
    reason: 'A full disk, mapped in the error handler for every write; the fault suite fills a real tmpfs.',
  },
  ...webhookSuccesses.map(([operation, status]) => ({
    operation, status,
    test: ['listWebhookDeliveries', 'getWebhookDelivery', 'replayWebhookDelivery'].includes(operation)
      ? 'test/modules/webhooks/delivery.test.ts' : 'test/modules/webhooks/webhooks.test.ts',
    reason: 'A webhook exists only with a URL the SSRF guard accepts: public hosts need DNS, loopback needs '
      + 'KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK, which the webhook tests set and the fuzz app does not.',
  })),
  {
    operation: 'getWebhook', status: '304', test: 'test/edge/walk.test.ts',
    reason: 'A webhook\'s revalidation (`If-None-Match: *` or its ETag): the subscription needs a URL the fuzz app refuses, as above.',
  },
  ...['200', '304'].map((status) => ({
    operation: 'findRedirect', status, test: 'test/modules/imports/redirects.test.ts',
    reason: 'Needs an imported article with an old path; the fuzz newsroom is made through the API, which records none.',
  })),
  { operation: 'getReadiness', status: '503', test: 'test/modules/health.test.ts', reason: 'Needs a database that does not answer.' },
  {
    operation: 'createArticle', status: '409', test: 'test/modules/articles/write.test.ts',
    reason: 'A taken slug: a valid article body that also names an existing article\'s slug is rare in 300 requests.',
  },
  {
    operation: 'updateArticle', status: '409', test: 'test/modules/articles/write.test.ts',
    reason: 'A PATCH to a slug another article holds: the fuzzer rarely pairs an article with another one\'s slug.',
  },
  ...['createArticle', 'updateArticle'].map((operation) => ({
    operation, status: '422', test: 'test/modules/articles/limits.test.ts',
    reason: 'A body over a rendering limit (nesting, headings, table cells, rendered size, time, memory): random Markdown '
      + 'is far below every cap; the hostile corpus (test/modules/articles/hostile.test.ts) meets them too.',
  })),
  {
    operation: 'updateSection', status: '409', test: 'test/modules/sections/sections.test.ts',
    reason: 'A path already taken: only a sibling\'s slug, or a move next to a same-slug section, conflicts.',
  },
  ...([['getArticleRevision', '200', 'history'], ['diffArticleRevisions', '200', 'diff'], ['restoreArticleRevision', '200', 'restore'],
    ['restoreArticleRevision', '412', 'restore']] as const).map(([operation, status, file]) => ({
    operation, status, test: `test/modules/revisions/${file}.test.ts`,
    reason: 'Needs a version that exists: the fuzzer draws `version` over 1 to 2^31 − 1, where an article has a few '
      + '(a restore\'s 412 also needs one, with a stale If-Match).',
  })),
  {
    operation: 'deleteWebhook', status: '403', test: 'test/modules/webhooks/webhooks.test.ts',
    reason: 'A key narrower than admin: revokeKey is fuzzed just before and may have revoked every one the fuzzer calls with.',
  },
  // Still in use: by the time deletions run, the fuzzer's own writes may have detached every tag or author.
  { operation: 'deleteTag', status: '409', test: 'test/modules/tags/tags.test.ts', reason: 'A tag still carried by an article.' },
  { operation: 'deleteAuthor', status: '409', test: 'test/modules/authors/authors.test.ts', reason: 'An author still credited.' },
];

export function producedElsewhere(operation: string, status: string): ProducedElsewhere | undefined {
  return elsewhere.find((e) => (e.operation === operation || e.operation === '*') && e.status === status);
}
