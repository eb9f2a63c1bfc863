import { readFileSync } from 'node:fs';
import t from 'tap';
import type { App } from '../../src/app.js';
import { admin, create, makeApp } from '../helpers.js';
import { createChecker, operationsOf, type Operation } from './spec.js';

// Every GET route of the OpenAPI document, walked by three callers: a
// headlines-only partner (fields title and slug), a partner of one section,
// and an anonymous reader. No answer, whatever its status, may carry in its
// bytes (body and headers) a value the caller was not granted: a field left
// out, an article or a section outside the entitlement, content not published.
// Routes added later are walked as soon as they are in the document.

const doc = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'));
const reads = operationsOf(doc).filter((op) => op.method === 'GET');
const check = createChecker(doc);

interface Written { id: string; slug: string; title: string; section: { id: string }; [key: string]: unknown }

t.setTimeout(600_000);
const { app, clock } = await makeApp(t);

// Each article is written at its own instant, so that its dates are its own; its standfirst, body,
// heading and hero image carry markers found nowhere else.
let n = 0;
async function write(title: string, sectionId: string, extra: Record<string, unknown> = {}): Promise<Written> {
  n += 1;
  clock.advance(433_000);
  return create(app, '/v1/articles', {
    title, sectionId, status: 'published', standfirst: `Chapeau réservé ${n}`, lang: 'fr',
    body: `Corps réservé ${n} kiosquemot.\n\n## Intertitre réservé ${n}\n\nSuite du texte kiosquemot.`,
    heroImage: { url: `https://img.example.org/reserve-${n}.jpg`, alt: `Image réservée ${n}`, caption: `Légende réservée ${n}`, credit: 'AFP' },
    ...extra,
  });
}

const news = await create(app, '/v1/sections', { name: 'Actualités du monde', description: 'Le fil du monde' });
const ia = await create(app, '/v1/sections', { name: 'Robots et algorithmes', slug: 'robots', parentId: news.id });
const culture = await create(app, '/v1/sections', { name: 'Culture et spectacles' });
const cinema = await create(app, '/v1/sections', { name: 'Cinéma et séries', parentId: culture.id });
const authors = [await create(app, '/v1/authors', { name: 'Hélène Fabre-Signature' }), await create(app, '/v1/authors', { name: 'Karim Benali-Signature' })];
const tags = [await create(app, '/v1/tags', { name: 'Étiquette Élections', type: 'topic' }), await create(app, '/v1/tags', { name: 'Étiquette Lyon', type: 'place' })];
const byline = { authorIds: authors.map((a) => a.id), tagIds: tags.map((x) => x.id) };
const visible = [
  await write('Les élections municipales approchent', news.id, byline),
  await write('Un modèle de langage français', ia.id, byline),
  await write('Festival de cinéma à Cannes', culture.id, byline),
  await write('Une série policière primée', cinema.id, { ...byline, canonicalUrl: 'https://partenaire.example.org/serie-policiere' }),
];
const hidden = [
  await write('Brouillon confidentiel', news.id, { status: 'draft' }),
  await write('Programmé pour demain matin', culture.id, { status: 'scheduled', publishAt: new Date(clock.now + 86_400_000).toISOString() }),
  await write('Article retiré du site', culture.id, { pubStatus: 'withheld' }),
  await write('Sous embargo jusqu’à jeudi', cinema.id, { embargoUntil: new Date(clock.now + 2 * 86_400_000).toISOString() }),
];
await app.inject({
  method: 'PUT', url: `/v1/articles/${visible[0].id}/links`, headers: admin,
  payload: { links: [{ kind: 'article', articleId: visible[1].id }, { kind: 'article', articleId: visible[2].id }] },
});
await app.inject({
  method: 'PUT', url: `/v1/articles/${visible[2].id}/links`, headers: admin,
  payload: { links: [{ kind: 'article', articleId: visible[0].id }, { kind: 'article', articleId: visible[3].id }] },
});
await app.inject({ method: 'PUT', url: `/v1/sections/${culture.id}/pins`, headers: admin, payload: { articleIds: [visible[2].id] } });
for (const a of visible) await app.inject({ method: 'POST', url: `/v1/articles/${a.id}/views`, headers: { 'user-agent': 'Mozilla/5.0' } });
app.views.flush();
// An edit of a draft and a section's rename: changes only some callers may learn of.
await app.inject({ method: 'PATCH', url: `/v1/articles/${hidden[0].id}`, headers: admin, payload: { title: 'Brouillon confidentiel remanié' } });
await app.inject({ method: 'PATCH', url: `/v1/sections/${ia.id}`, headers: admin, payload: { description: 'Rubrique renommée en secret' } });

const key = async (name: string, entitlements: object) => (await create(app, '/v1/keys', { name, scopes: ['content:read'], ...entitlements })).key as string;
const headlinesKey = await key('Titres seulement', { fields: ['title', 'slug'] });
const cultureKey = await key('Culture seulement', { sections: [culture.id] });

const isoOf = (value: unknown) => (typeof value === 'string' ? [value, new Date(value).toUTCString()] : []);
/** What an article shows beyond its title and slug: none of it may reach the headlines-only partner. */
function beyondHeadlines(a: Written): string[] {
  const i = visible.indexOf(a) + 1;
  return [
    `Chapeau réservé ${i}`, `Corps réservé ${i}`, `Intertitre réservé ${i}`, `intertitre-reserve-${i}`, `reserve-${i}.jpg`, `Image réservée ${i}`,
    `Légende réservée ${i}`, String(a.url), ...['publishAt', 'publishedAt', 'firstPublishedAt', 'updatedAt', 'createdAt'].flatMap((f) => isoOf(a[f])),
  ];
}
/** Everything that names an article. */
const named = (a: Written) => [a.id, a.slug, a.title];
const outside = [news, ia];

interface Caller { name: string; headers: Record<string, string>; forbidden: string[]; relations?: string[] }
const callers: Caller[] = [
  {
    name: 'anonymous reader', headers: {},
    forbidden: [...hidden.flatMap(named), 'Brouillon confidentiel remanié', ...hidden.map((a) => `Chapeau réservé ${visible.length + hidden.indexOf(a) + 1}`)],
  },
  {
    name: 'headlines-only partner', headers: { authorization: `Bearer ${headlinesKey}` },
    forbidden: [...hidden.flatMap(named), ...visible.flatMap(beyondHeadlines)],
    // Bylines and tags: the names are the authors' and tags' own (their routes show them), the link to an article is not.
    relations: [...authors, ...tags].flatMap((x) => [x.id, x.name]),
  },
  {
    name: 'single-section partner', headers: { authorization: `Bearer ${cultureKey}` },
    forbidden: [
      ...hidden.flatMap(named), ...visible.filter((a) => ![culture.id, cinema.id].includes(a.section.id)).flatMap(named),
      ...outside.flatMap((s) => [s.id, s.path, s.name, s.description].filter(Boolean)), 'Rubrique renommée en secret',
    ],
  },
];

// The values each path parameter takes: every article (hidden ones too), section, author and tag, and one unknown.
const values: Record<string, string[]> = {
  article: [...visible, ...hidden].flatMap((a) => [a.id, a.slug]),
  section: [news, ia, culture, cinema].flatMap((s) => [s.id, encodeURIComponent(s.path)]),
  author: authors.flatMap((a) => [a.id, a.slug]),
  tag: tags.flatMap((x) => [x.id, x.slug]),
};
function pathValues(op: Operation, name: string): string[] {
  const enumerated = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema.enum as string[] | undefined;
  if (enumerated) return enumerated;
  if (name === 'page') return ['1'];
  if (name === 'slug' || op.path.startsWith('/v1/articles')) return values.article;
  const kind = op.path.includes('/sections') || name === 'section' ? 'section' : op.path.includes('/authors') ? 'author' : op.path.includes('/tags') ? 'tag' : null;
  return kind ? values[kind] : ['nothing-here'];
}

/** The query strings an operation is walked with: none, then each enumerated value, heavy parts and filters. */
function queries(op: Operation): string[] {
  const out = [''];
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    const items = (p.schema.items ?? p.schema) as { enum?: string[] };
    if (items.enum) out.push(...items.enum.map((v) => `${p.name}=${v}`));
    if (p.name === 'include') out.push(op.path === '/v1/articles/{idOrSlug}' ? 'include=body,links,jsonLd' : 'include=body,links');
    if (p.name === 'q') out.push('q=kiosquemot', 'q=festival', 'q=elections');
    if (p.name === 'section') out.push(...values.section.map((v) => `section=${v}`));
    if (p.name === 'tag' || p.name === 'author') out.push(...values[p.name].map((v) => `${p.name}=${v}`));
    if (p.name === 'since') out.push('since=latest');
  }
  if (op.path === '/v1/search') return out.filter((q) => q.startsWith('q=')).flatMap((q) => [q, ...out.filter((x) => !x.startsWith('q=') && x).map((x) => `${q}&${x}`)]);
  return out;
}

function urlsOf(op: Operation): string[] {
  let paths = [op.path];
  for (const [, name] of op.path.matchAll(/\{(\w+)\}/g)) {
    paths = paths.flatMap((p) => pathValues(op, name).map((v) => p.replace(`{${name}}`, v)));
  }
  return paths.flatMap((p) => queries(op).map((q) => (q ? `${p}?${q}` : p)));
}

async function answer(op: Operation, url: string, headers: Record<string, string>) {
  const res = await app.inject({ url, headers });
  const shown = Object.entries(res.headers).filter(([name]) => name !== 'x-request-id').map(([name, v]) => `${name}: ${String(v)}`);
  return {
    status: res.statusCode, bytes: `${shown.join('\n')}\n\n${res.body}`, faults: check(op, { statusCode: res.statusCode, headers: res.headers, body: res.body }),
    json: res.headers['content-type']?.toString().includes('json') ? res.body : null,
  };
}

/** The change feed tells of authors and tags themselves, as their routes do: their link to an article is what is checked. */
function articleChanges(json: string | null): string {
  const page = JSON.parse(json ?? '{}') as { data?: { entity: { type: string } }[] };
  return JSON.stringify((page.data ?? []).filter((change) => change.entity.type === 'article'));
}

// Entity routes show authors and tags themselves; elsewhere their link to an article is a field.
const entityRoute = (path: string) => /^\/v1\/(authors|tags|feeds\/authors|feeds\/tags)\b/.test(path);

for (const caller of callers) {
  t.test(`${caller.name}: no granted-out value in any answer of any GET route`, async (t) => {
    const leaks: string[] = [];
    let sent = 0;
    for (const op of reads) {
      for (const url of urlsOf(op)) {
        const answers = [await answer(op, url, caller.headers)];
        if (op.path === '/v1/articles/{idOrSlug}') answers.push(await answer(op, url, { ...caller.headers, accept: 'application/ninjs+json' }));
        // The next page too, by the cursor the answer gave.
        const next = answers[0].json && (JSON.parse(answers[0].json) as { meta?: { nextCursor?: string | null } }).meta?.nextCursor;
        if (next && op.path !== '/v1/changes') answers.push(await answer(op, `${url}${url.includes('?') ? '&' : '?'}cursor=${next}`, caller.headers));
        sent += answers.length;
        for (const { status, bytes, json, faults } of answers) {
          if (status >= 500 || faults.length > 0) t.fail(`${url}: ${status} ${faults.join('; ')}`);
          for (const value of caller.forbidden) if (bytes.includes(value)) leaks.push(`${op.id} ${url} (${status}) shows "${value}"`);
          const related = entityRoute(op.path) ? '' : op.path === '/v1/changes' ? articleChanges(json) : bytes;
          for (const value of caller.relations ?? []) if (related.includes(value)) leaks.push(`${op.id} ${url} (${status}) shows "${value}"`);
        }
      }
    }
    t.comment(`${sent} answers`);
    const found = [...new Set(leaks)];
    if (found.length > 0) t.comment(found.join('\n'));
    t.same(found, [], `${caller.name}: granted-out values`);
  });
}
