import type { DemoArticle } from './types.js';
import { articlesC1 } from './articles-c-1.js';
import { articlesC2 } from './articles-c-2.js';
import { articlesC3 } from './articles-c-3.js';

// Lot C : culture (cinéma, livres, séries, musées) et sport (rugby, cyclisme,
// football amateur, sport féminin). Toutes les personnes, œuvres, entreprises,
// clubs et citations sont fictifs ; seuls les lieux, les grands événements et
// les institutions publiques existent réellement.

export const articlesC: DemoArticle[] = [...articlesC1, ...articlesC2, ...articlesC3];
