import t from 'tap';
import { isValidSlug, SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from '../../src/content/slug.js';

t.test('slugify folds French titles into URL slugs', async (t) => {
  t.equal(slugify('Débauchage de haut niveau : Meta frappe fort'), 'debauchage-de-haut-niveau-meta-frappe-fort');
  t.equal(slugify('Œuvre d’art à Noël'), 'oeuvre-d-art-a-noel');
  t.equal(slugify("L'Hôpital & la Ville"), 'l-hopital-et-la-ville');
  t.equal(slugify("l'économie"), 'l-economie');
  t.equal(slugify('l\u02bcéconomie'), 'l-economie', 'modifier-letter apostrophe separates too');
  t.equal(slugify('  --Ça ira !--  '), 'ca-ira');
});

t.test('slugify folds any Latin diacritic to its base letter and spells out ligatures', async (t) => {
  t.equal(slugify('Kärcher Müller Øresund Łódź Đakovo'), 'karcher-muller-oresund-lodz-dakovo');
  t.equal(slugify('Æsir Straße cœur'), 'aesir-strasse-coeur');
  t.equal(slugify('Tiếng Việt'), 'tieng-viet');
});

t.test('slugify gives the same slug for NFC and NFD input', async (t) => {
  const nfc = 'Élysée, Noël à Besançon'.normalize('NFC');
  const nfd = nfc.normalize('NFD');
  t.not(nfc, nfd);
  t.equal(slugify(nfd), slugify(nfc));
  t.equal(slugify(nfc), 'elysee-noel-a-besancon');
});

t.test('slugify does not split camelCase words', async (t) => {
  t.equal(slugify('iPhone et OpenAI'), 'iphone-et-openai');
});

t.test('slugify returns an empty string when nothing is left', async (t) => {
  t.equal(slugify(''), '');
  t.equal(slugify('!!! … ???'), '');
  t.equal(slugify('日本語'), '');
});

t.test('slugify cuts long slugs between words', async (t) => {
  const title = 'Le gouvernement annonce un plan de financement pour la recherche publique';
  t.equal(slugify(title, 30), 'le-gouvernement-annonce-un');
  t.equal(slugify('abc-defgh', 4), 'abc', 'a dash right after the limit is a clean cut');
  t.equal(slugify('a-' + 'b'.repeat(50), 20), 'a-' + 'b'.repeat(18), 'an early dash would waste the budget');
  t.equal(slugify('x'.repeat(200)), 'x'.repeat(SLUG_MAX_LENGTH));
  const long = slugify('mot '.repeat(100));
  t.ok(long.length <= SLUG_MAX_LENGTH);
  t.ok(isValidSlug(long));
});

t.test('isValidSlug accepts only what slugify produces', async (t) => {
  t.ok(isValidSlug('debauchage-de-haut-niveau'));
  t.ok(isValidSlug('2025'));
  t.notOk(isValidSlug(''));
  t.notOk(isValidSlug('Majuscule'));
  t.notOk(isValidSlug('double--tiret'));
  t.notOk(isValidSlug('-debut'));
  t.notOk(isValidSlug('fin-'));
  t.notOk(isValidSlug('accentué'));
  t.notOk(isValidSlug('a'.repeat(SLUG_MAX_LENGTH + 1)));
  t.ok(isValidSlug('a'.repeat(SLUG_MAX_LENGTH)));
  t.equal(SLUG_PATTERN, '^[a-z0-9]+(?:-[a-z0-9]+)*$');
});
