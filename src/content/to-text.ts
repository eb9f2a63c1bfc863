import type { Block, ParagraphBlock } from './blocks.js';
import { inlineText } from './inline.js';

const SUMMARY_LENGTH = 300;

// French adults read continuous prose at about 230 words a minute.
const WORDS_PER_MINUTE = 230;

// A word is a run of letters, marks or digits; an apostrophe or hyphen
// between two runs joins them, so « l’économie », « aujourd’hui » and
// « peut-être » each count as one word, as word processors count them; so
// does a decimal comma or point between digits (« 3,5 »).
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['\u2019-]|(?<=\p{N})[,.](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

const notEmpty = (text: string): boolean => text !== '';

/**
 * The prose of a body: blocks separated by a blank line, list items and
 * table rows on their own lines. Images, embeds and rules have no prose.
 */
export function blocksToText(blocks: Block[]): string {
  return blocks.map(blockText).filter(notEmpty).join('\n\n');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return inlineText(block.content);
    case 'list':
      return block.items.map((item) => item.map(blockText).filter(notEmpty).join('\n')).filter(notEmpty).join('\n');
    case 'quote':
      return blocksToText(block.children);
    case 'code':
      return block.text;
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map((cell) => inlineText(cell, ' ')).join('\t')).join('\n');
    case 'image':
    case 'embed':
    case 'rule':
      return '';
  }
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function readingTimeMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** The first paragraph as plain text, cut near 300 characters between words (the standfirst fallback). */
export function summarize(blocks: Block[]): string {
  const first = blocks.find((block): block is ParagraphBlock => block.type === 'paragraph');
  if (first === undefined) return '';
  return truncateText(inlineText(first.content, ' ').replace(/\s+/g, ' '), SUMMARY_LENGTH);
}

// Lengths are counted in characters (code points), as a person counts them,
// so an emoji is never cut in half.
export function truncateText(text: string, maxLength: number): string {
  const characters = [...text];
  if (characters.length <= maxLength) return text;
  const cut = characters.slice(0, maxLength + 1).join('');
  const boundary = cut.lastIndexOf(' ');
  const head = boundary > 0 ? cut.slice(0, boundary) : characters.slice(0, maxLength).join('');
  return `${head.replace(/[\s,;:.!?…–—-]+$/u, '')}…`;
}
