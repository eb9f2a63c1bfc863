import { Type, type Static } from 'typebox';
import { Nullable } from '../../lib/schemas.js';

export const RedirectSchema = Type.Object({
  path: Type.String({ description: 'The old path as Kiosque stores it: percent-decoded, without a trailing slash.' }),
  status: Type.Literal(301, { description: 'The status to redirect with: the article moved for good.' }),
  location: Nullable(Type.String({ description: 'Where the article is now: its reader URL (`url`).' })),
  article: Type.Ref('Article'),
}, { $id: 'Redirect', title: 'Redirect', description: 'Where an old URL of an imported article (a WordPress permalink) now leads.' });

export type Redirect = Static<typeof RedirectSchema>;
