import type { DemoArticle } from './types.js';
import { articlesD1 } from './articles-d-1.js';
import { articlesD2 } from './articles-d-2.js';
import { articlesD3 } from './articles-d-3.js';

// Lot D : politique, international et sciences.
// Tous les noms de personnes, d’entreprises, de collectifs et les citations sont fictifs.

export const articlesD: DemoArticle[] = [...articlesD1, ...articlesD2, ...articlesD3];
