import type { DemoArticle } from './types.js';
import { articlesB1 } from './articles-b-1.js';
import { articlesB2 } from './articles-b-2.js';
import { articlesB3 } from './articles-b-3.js';

// Lot B : économie (entreprises, emploi, salaires, logement, prix) et marché
// des chercheurs en intelligence artificielle.
// Tous les noms de personnes, d’entreprises et les citations sont fictifs.

export const articlesB: DemoArticle[] = [...articlesB1, ...articlesB2, ...articlesB3];
