// A strict TypeScript program using the client as a front end would, with no
// cast anywhere. The client's tests compile it against the built package
// (`npm run build -w @kiosque/client`), as another project would import it.
import { createKiosque, KiosqueProblem, type Article, type ArticlePage } from '@kiosque/client';

const kiosque = createKiosque({ baseUrl: process.env.KIOSQUE_API_URL ?? 'http://localhost:3000' });

/** The reader page in one call; null when the article does not exist (or is not published). */
export async function readerPage(slug: string): Promise<ArticlePage | null> {
  try {
    const { data } = await kiosque.get('/v1/pages/articles/{slug}', { params: { path: { slug }, query: { related: 4 } } });
    return data;
  } catch (error) {
    if (error instanceof KiosqueProblem && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** Every title of a section, however many pages it takes. */
export async function titles(section: string): Promise<string[]> {
  const found: string[] = [];
  for await (const article of kiosque.each('/v1/articles', { params: { query: { section, fields: 'id,title' } } })) {
    found.push(article.title ?? article.id);
  }
  return found;
}

/** Search results with their highlighted snippets. */
export async function search(q: string): Promise<{ title: string; snippetHtml: string }[]> {
  const { data } = await kiosque.get('/v1/search', { params: { query: { q, limit: 5 } } });
  return data.data.map((result) => ({ title: result.article.title ?? '', snippetHtml: result.snippetHtml ?? '' }));
}

/** The byline of an article: "Claire Marchetti et Karim Benali". */
export function byline(article: Article): string {
  const names = (article.authors ?? []).map((author) => author.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : names.join('');
}

export async function syndication(slug: string): Promise<string> {
  const { data: ninjs } = await kiosque.ninjs(slug);
  const { data: feed } = await kiosque.feed('json', { sections: 'actualites' });
  const { data: atom } = await kiosque.feed('atom');
  return `${ninjs.headlines?.[0]?.value ?? ''} · ${feed.items.length} items · ${atom.length} characters of Atom`;
}
