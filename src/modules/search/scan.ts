/** One character of a token, as TOKEN in text.ts and FTS5's unicode61 see it: a letter, a digit or a private-use character. */
const TOKEN_CHARACTER = /^[\p{L}\p{N}\p{Co}]$/u;
const SURROGATE = 2;

let table: Uint8Array | undefined;

/** 1 where a UTF-16 unit is a token character on its own, 2 for surrogates (a pair is tested whole). Made once, on first use. */
function units(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit += 1) {
    table[unit] = unit >= 0xd800 && unit <= 0xdfff ? SURROGATE : Number(TOKEN_CHARACTER.test(String.fromCharCode(unit)));
  }
  return table;
}

/** The length (1 or 2 units) of the token character at `i`, or 0 when it separates tokens. */
function characterAt(text: string, i: number, kinds: Uint8Array): number {
  const kind = kinds[text.charCodeAt(i)];
  if (kind !== SURROGATE) return kind;
  const point = text.codePointAt(i)!;
  // A lone surrogate is a separator, as it is to the regular expression.
  return point > 0xffff && TOKEN_CHARACTER.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** Whether the UTF-16 unit at `i` separates tokens on its own (half of a pair is not taken for a separator). */
export function separates(text: string, i: number): boolean {
  return units()[text.charCodeAt(i)] === 0;
}

/**
 * Where the tokens of a text are, as `tokens()` (text.ts) cuts them: start
 * and end offsets, flat; the first `max` tokens only when given. V8 matches
 * /[\p{L}\p{N}\p{Co}]+/u at about a microsecond a token, and a page of
 * snippets reads ten thousand tokens: each UTF-16 unit is looked up in a
 * table made once from the same character class.
 */
export function tokenSpans(text: string, max = Infinity): number[] {
  const kinds = units();
  const spans: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const width = characterAt(text, i, kinds);
    if (width === 0) {
      if (start >= 0 && spans.push(start, i) >= 2 * max) return spans;
      start = -1;
      i += 1;
    } else {
      if (start < 0) start = i;
      i += width;
    }
  }
  if (start >= 0) spans.push(start, text.length);
  return spans;
}
