import { monotonicFactory } from 'ulid';

const ulid = monotonicFactory();

export type IdPrefix = 'art' | 'sec' | 'aut' | 'tag' | 'key' | 'whk' | 'msg';

/** Opaque, time-sortable ids: a type prefix and a ULID (`art_01J…`). */
export function newId(prefix: IdPrefix, now: number = Date.now()): string {
  return `${prefix}_${ulid(now)}`;
}

export const ID_PATTERN = '^(art|sec|aut|tag|key|whk|msg)_[0-9A-HJKMNP-TV-Z]{26}$';

export function isId(value: string, prefix: IdPrefix): boolean {
  return value.length === prefix.length + 27 && value.startsWith(`${prefix}_`);
}
