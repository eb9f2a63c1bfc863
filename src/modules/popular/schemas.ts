import { Type, type Static } from 'typebox';

/** Each window, in hour buckets before the current one. */
export const windowHours = { '1h': 1, '24h': 24, '7d': 7 * 24, '30d': 30 * 24 } as const;
export const windows = Object.keys(windowHours) as (keyof typeof windowHours)[];

const Window = Type.Enum(windows, {
  default: '24h',
  description: 'How far back views count: the current hour plus this many whole hours before it.',
});

export const PopularQuery = Type.Object({
  window: Window,
  section: Type.Optional(Type.String({ maxLength: 300, description: 'A section id or path; includes its sub-sections.' })),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'How many articles.' }),
});

export const PopularList = Type.Object({
  data: Type.Array(Type.Object({
    article: Type.Ref('Article'),
    views: Type.Integer({ minimum: 1, description: 'Views counted in the window.' }),
  })),
  meta: Type.Object({ window: Window, limit: Type.Integer() }),
});

export type PopularWindow = keyof typeof windowHours;
export type PopularQuery = Static<typeof PopularQuery>;
