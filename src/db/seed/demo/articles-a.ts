import type { DemoArticle } from './types.js';
import { articlesA1 } from './articles-a-1.js';
import { articlesA2 } from './articles-a-2.js';
import { articlesA3 } from './articles-a-3.js';

// Lot A : une « une » variée couvrant toutes les rubriques du Kiosque.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.

export const articlesA: DemoArticle[] = [...articlesA1, ...articlesA2, ...articlesA3];
