import t from 'tap';
import fc from 'fast-check';
import { openSqlite } from '../../../src/db/sqlite.js';
import { analyzer, clean, createAnalyzer, fold, stemLanguage, tokens } from '../../../src/modules/search/text.js';

/** FTS5's own view of a text: the terms unicode61 (remove_diacritics 2) makes of it, in order. */
function fts5Tokenizer(t: { teardown(fn: () => unknown): void }) {
  // SQLite's tokenizer, whatever the database the suite runs on: it is what text.ts must agree with.
  const db = openSqlite(':memory:').client;
  t.teardown(() => db.close());
  db.exec(`CREATE VIRTUAL TABLE probe USING fts5(x, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, instance);`);
  const insert = db.prepare('INSERT INTO probe (rowid, x) VALUES (1, ?)');
  const terms = db.prepare('SELECT term FROM probe_terms ORDER BY "offset"').pluck();
  const wipe = db.prepare('DELETE FROM probe');
  return (text: string): string[] => {
    wipe.run();
    insert.run(text);
    return terms.all() as string[];
  };
}

t.test('fold removes accents and ligatures, nothing else', async (t) => {
  t.equal(fold('élection'), 'election');
  t.equal(fold('ÉLECTION'.toLowerCase()), 'election');
  t.equal(fold('œuvre'), 'oeuvre');
  t.equal(fold('ex æquo'), 'ex aequo');
  t.equal(fold('straße'), 'strasse');
  t.equal(fold('çà et là, où naïve Noël'), 'ca et la, ou naive Noel');
  t.equal(fold('e\u0301te\u0301'), 'ete', 'decomposed accents too');
  t.equal(fold('日本語 123'), '日本語 123');
});

t.test('stemLanguage: French and English are stemmed, by their primary subtag; others are not', async (t) => {
  t.equal(stemLanguage('fr'), 'fr');
  t.equal(stemLanguage('fr-CA'), 'fr');
  t.equal(stemLanguage('EN'), 'en');
  t.equal(stemLanguage('de'), '');
  t.equal(stemLanguage('__proto__'), '');
});

t.test('terms: fold(stem(lowercase(token))) in the article language', async (t) => {
  const term = (word: string, lang = 'fr') => analyzer.term(word, lang);
  t.equal(term('élections'), term('ÉLECTION'), 'plural, case and accents meet');
  t.equal(term('élections'), 'elect');
  t.equal(term('recrutements'), term('recruter'));
  t.equal(term('Œuvres'), term('oeuvre'));
  t.equal(term('Elections', 'en'), term('election', 'en'));
  t.equal(term('running', 'en'), 'run');
  t.equal(term('running', 'fr'), 'running', 'French does not stem English');
  t.equal(term('Läufer', ''), 'laufer', 'other languages are only folded');
});

t.test('the stem memo is bounded: the least recently used entry goes first', async (t) => {
  const a = createAnalyzer(2);
  t.equal(a.term('élections', 'fr'), 'elect');
  a.term('recrutements', 'fr');
  a.term('recrutements', 'fr');
  t.equal(a.size(), 2);
  t.equal(a.term('oeuvres', 'fr'), 'oeuvr');
  t.equal(a.size(), 2);
  t.equal(a.term('élections', 'fr'), 'elect', 'recomputed after eviction');
});

t.test('the memo keeps the terms used last, not those computed first', async (t) => {
  const a = createAnalyzer(2);
  for (const word of ['budgets', 'salaires', 'budgets', 'chercheurs']) a.term(word, 'fr');
  t.equal(a.misses(), 3, 'budgets computed once');
  t.equal(a.term('budgets', 'fr'), 'budget');
  t.equal(a.misses(), 3, 'used again, it stayed: salaires went out');
  a.term('salaires', 'fr');
  t.equal(a.misses(), 4);
});

t.test('clean: NFC, and the snippet markers become spaces', async (t) => {
  t.equal(clean('e\u0301lection'), 'élection');
  t.equal(clean('a\u0002b\u0003c'), 'a b c');
});

t.test('our tokens are FTS5 unicode61 tokens (FTS5 folds accents, we fold ligatures too)', async (t) => {
  const fts5 = fts5Tokenizer(t);
  const cases = [
    'L’économie de l\'État, aujourd’hui',
    'c’est-à-dire un rendez-vous post-électoral',
    'Le 14-Juillet 2026, 3,5 % du PIB, 1er tour, 10h30',
    'Élection ÉLECTION élection — « œuvre » ; Æsir ; straße',
    'Emoji 😀 entre📰les 👍 mots 🇫🇷 ❤️ fin',
    'tab\tnew\nline — dash – and…ellipsis',
    'ponctuation!?:;()[]{}<>"\'*^+=/\\|@#$%&~`',
    'ǅemal İstanbul ﬁne ½ ² ٣ Ⅻ 日本語テキスト',
  ];
  for (const text of cases) {
    t.same(fts5(text).map(fold), tokens(text).map((tok) => analyzer.term(tok, '')), text);
  }
});

t.test('the indexed text has the tokens of the original, at the same positions, stemmed', async (t) => {
  const fts5 = fts5Tokenizer(t);
  const original = 'L’économie : les élections d’œuvres, 2026 — 🤔 recrutements-recruter';
  const indexed = analyzer.indexed(original, 'fr');
  // SQLite's Unicode tables predate some emoji: to FTS5, 🤔 is a letter (and 😀 a separator).
  t.same(fts5(indexed), ['l', 'econom', 'le', 'elect', 'd', 'oeuvr', '2026', '🤔', 'recrut', 'recrut']);
  t.equal(fts5(indexed).length, fts5(original).length);
  // Glued to a word, it makes one FTS5 token of both. Separators are kept as they are, so FTS5 splits
  // the stemmed text exactly where it splits the original.
  t.same(fts5(analyzer.indexed('les élections🤔 suivantes', 'fr')), ['le', 'elect🤔', 'suiv']);
  t.same(fts5('les élections🤔 suivantes'), ['les', 'elections🤔', 'suivantes']);
  // Found by the property below: JavaScript sees one word where FTS5 sees two; the stem dropped the second.
  t.equal(fts5(analyzer.indexed('ééᦰé', 'fr')).length, fts5('ééᦰé').length, 'a letter FTS5 takes for a separator');
  fc.assert(fc.property(
    fc.string({ unit: fc.oneof(fc.constantFrom('é', 'œ', 'e\u0301', ' ', '’', '-', '🤔', '😀', '🏽', 'q\u0301', '\u05B0', '\u19B0', '.'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 40 }),
    fc.constantFrom('fr', 'en', ''),
    (text, lang) => fts5(analyzer.indexed(clean(text), lang)).length === fts5(clean(text)).length,
  ), { numRuns: 500 });
});
