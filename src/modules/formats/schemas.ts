import { Type, type Static } from 'typebox';

export const NINJS_TYPE = 'application/ninjs+json';
export const NINJS_MEDIA_TYPE = `${NINJS_TYPE}; charset=utf-8`;

const Text = Type.Object({ role: Type.String(), contenttype: Type.Optional(Type.String()), value: Type.String() });
const Body = Type.Object({
  role: Type.String(), contenttype: Type.String(), value: Type.String(),
  charcount: Type.Integer({ description: 'Characters of the body\'s text (not of its markup).' }),
  wordcount: Type.Integer(),
});
const Concept = Type.Object({ name: Type.String(), uri: Type.String(), literal: Type.String() });
const Rendition = Type.Object({
  name: Type.String(), href: Type.String(), contenttype: Type.String(),
  width: Type.Optional(Type.Integer()), height: Type.Optional(Type.Integer()),
});

const properties = {
  uri: Type.String({ description: 'The article\'s permanent URI: its API URL by id.' }),
  type: Type.String(),
  representationtype: Type.Union([Type.Literal('full'), Type.Literal('partial')]),
  standard: Type.Object({ name: Type.String(), version: Type.String(), schema: Type.String() }),
  // What an article field gives is left out for a partner key whose `fields` do not name that field.
  version: Type.Optional(Type.String()),
  firstcreated: Type.Optional(Type.String()),
  versioncreated: Type.Optional(Type.String()),
  pubstatus: Type.Optional(Type.String({ description: '`usable`, `withheld` or `canceled`, from pubStatus.' })),
  embargoed: Type.Optional(Type.String({ description: 'While an embargo is in force (seen by preview keys only).' })),
  language: Type.Optional(Type.String()),
  slugline: Type.Optional(Type.String()),
  headlines: Type.Optional(Type.Array(Text)),
  descriptions: Type.Optional(Type.Array(Text)),
  bodies: Type.Optional(Type.Array(Body, { description: 'HTML and plain text, where the caller is entitled to bodies.' })),
  by: Type.Optional(Type.String()),
  subjects: Type.Optional(Type.Array(Concept)),
  people: Type.Optional(Type.Array(Concept)),
  organisations: Type.Optional(Type.Array(Concept)),
  places: Type.Optional(Type.Array(Concept)),
  events: Type.Optional(Type.Array(Concept)),
  infosources: Type.Array(Type.Object({ name: Type.String(), role: Type.String() })),
  copyrightholder: Type.String(),
  copyrightnotice: Type.String(),
  usageterms: Type.String(),
  altids: Type.Array(Type.Object({ role: Type.String(), value: Type.String() })),
};

export const NinjsSchema = Type.Object({
  ...properties,
  associations: Type.Optional(Type.Array(Type.Object({
    name: Type.String(),
    uri: Type.String(),
    type: Type.String(),
    descriptions: Type.Array(Text),
    by: Type.Optional(Type.String()),
    renditions: Type.Array(Rendition),
  }), { description: 'The hero image, as `featureimage`.' })),
}, { $id: 'Ninjs', title: 'Ninjs', description: 'IPTC ninjs 2.2 (https://iptc.org/standards/ninjs/): one article as a news item.' });
export type Ninjs = Static<typeof NinjsSchema>;

const Person = Type.Object({ '@type': Type.String(), name: Type.String(), url: Type.Optional(Type.String()) });

export const NewsArticleSchema = Type.Object({
  '@context': Type.String(),
  '@type': Type.String(),
  '@id': Type.String(),
  headline: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  image: Type.Optional(Type.Array(Type.String())),
  datePublished: Type.Optional(Type.String()),
  dateModified: Type.Optional(Type.String()),
  author: Type.Optional(Type.Array(Person)),
  publisher: Type.Object({
    '@type': Type.String(), name: Type.String(),
    logo: Type.Optional(Type.Object({ '@type': Type.String(), url: Type.String() })),
  }),
  mainEntityOfPage: Type.Optional(Type.Object({ '@type': Type.String(), '@id': Type.String() })),
  articleSection: Type.Optional(Type.String()),
  inLanguage: Type.Optional(Type.String()),
  wordCount: Type.Optional(Type.Integer()),
  keywords: Type.Optional(Type.Array(Type.String())),
}, {
  $id: 'NewsArticle', title: 'NewsArticle',
  description: 'schema.org NewsArticle as JSON-LD, to embed in a page as a script element of type `application/ld+json`. Every property an article field '
    + 'gives is there unless a partner key\'s `fields` leave that field out.',
});
export type NewsArticle = Static<typeof NewsArticleSchema>;
