import { NotFound } from '../../lib/errors.js';
import type { Reader } from '../../lib/reader.js';
import { getArticle, type ReadDeps } from '../articles/read.js';
import type { Article } from '../articles/schemas.js';
import type { ImportsRepository } from './repository.js';
import { legacyPath } from './paths.js';
import type { Redirect } from './schemas.js';

export type RedirectDeps = ReadDeps & { imports: Pick<ImportsRepository, 'articleForPath'> };

/**
 * Where an old path (or a whole old URL) of an imported article leads, with
 * the article as this caller may see it: a draft's old path is a 404 to readers.
 */
export async function findRedirect(deps: RedirectDeps, pathOrUrl: string, reader: Reader) {
  const path = legacyPath(pathOrUrl);
  const id = path === null ? undefined : await deps.imports.articleForPath(path);
  if (id === undefined) throw new NotFound('Redirect');
  const { article, etag, lastModified, surrogateKeys } = await getArticle(deps, id, { format: 'html', fields: 'id,slug,title,url,section' }, reader);
  const redirect: Redirect = { path: path!, status: 301, location: article.url ?? null, article: article as Article };
  return { redirect, etag, lastModified, surrogateKeys };
}
