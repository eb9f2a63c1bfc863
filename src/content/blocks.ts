import { Type, type Static, type TProperties, type TUnsafe } from 'typebox';
import { SLUG_PATTERN } from './slug.js';

// The typed block tree that native apps render instead of HTML. These schemas
// are the single source of the JSON shape, the TypeScript types and OpenAPI.

// Also the order marks are listed in on every span.
export const MARKS = ['bold', 'italic', 'strike', 'code'] as const;
export const MarkSchema = Type.Enum(MARKS);

export const TextSpanSchema = Type.Object(
  {
    type: Type.Literal('text'),
    text: Type.String(),
    marks: Type.Optional(Type.Array(MarkSchema)),
    href: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const LineBreakSchema = Type.Object({ type: Type.Literal('break') }, { additionalProperties: false });

// Inline content is flat: nested emphasis and links are folded into each
// span's marks and href, so a client never walks an inline tree.
export const InlineSchema = Type.Union([TextSpanSchema, LineBreakSchema]);

// Recursion goes through these two names; they are also the `$defs` keys
// (and Ajv `$id`s) of BlockSchema, so they must not clash with other schemas.
const BLOCK_REF = 'ContentBlock';
const INLINE_REF = 'ContentInline';
const inlines = () => Type.Array(Type.Ref(INLINE_REF));
const blocks = () => Type.Array(Type.Ref(BLOCK_REF));
const strict = { additionalProperties: false } as const;

export const HeadingBlockSchema = Type.Object(
  {
    type: Type.Literal('heading'),
    level: Type.Integer({ minimum: 2, maximum: 6 }),
    id: Type.String({ pattern: SLUG_PATTERN }),
    text: Type.String(),
    content: inlines(),
  },
  strict,
);

export const ParagraphBlockSchema = Type.Object({ type: Type.Literal('paragraph'), content: inlines() }, strict);

export const ListBlockSchema = Type.Object(
  {
    type: Type.Literal('list'),
    ordered: Type.Boolean(),
    start: Type.Optional(Type.Integer({ minimum: 0 })),
    items: Type.Array(blocks()),
    // Only on task lists ("- [x] done"): one entry per item, null when that
    // item has no checkbox. Kept beside `items` so plain lists stay Block[][].
    checked: Type.Optional(Type.Array(Type.Union([Type.Boolean(), Type.Null()]))),
  },
  strict,
);

export const QuoteBlockSchema = Type.Object({ type: Type.Literal('quote'), children: blocks() }, strict);

export const ImageBlockSchema = Type.Object(
  { type: Type.Literal('image'), url: Type.String(), alt: Type.String(), title: Type.Optional(Type.String()) },
  strict,
);

export const EmbedBlockSchema = Type.Object(
  { type: Type.Literal('embed'), url: Type.String(), provider: Type.String() },
  strict,
);

export const CodeBlockSchema = Type.Object(
  { type: Type.Literal('code'), lang: Type.Optional(Type.String()), text: Type.String() },
  strict,
);

const AlignSchema = Type.Union([Type.Literal('left'), Type.Literal('center'), Type.Literal('right'), Type.Null()]);

export const TableBlockSchema = Type.Object(
  {
    type: Type.Literal('table'),
    align: Type.Array(AlignSchema),
    header: Type.Array(inlines()),
    rows: Type.Array(Type.Array(inlines())),
  },
  strict,
);

export const RuleBlockSchema = Type.Object({ type: Type.Literal('rule') }, strict);

// Type.Cyclic emits plain JSON Schema ({ $defs, $ref }, each def carrying an
// $id) that Ajv, fast-json-stringify and typebox's Value all resolve, at any
// depth. Embed it as is (e.g. Type.Array(BlockSchema)) in response schemas.
export const BlockSchema = Type.Cyclic(
  {
    [BLOCK_REF]: Type.Union([
      HeadingBlockSchema,
      ParagraphBlockSchema,
      ListBlockSchema,
      QuoteBlockSchema,
      ImageBlockSchema,
      EmbedBlockSchema,
      CodeBlockSchema,
      TableBlockSchema,
      RuleBlockSchema,
    ]),
    [INLINE_REF]: InlineSchema,
  },
  BLOCK_REF,
);

export const TocEntrySchema = Type.Object(
  { id: Type.String({ pattern: SLUG_PATTERN }), title: Type.String(), level: Type.Integer({ minimum: 2, maximum: 3 }) },
  strict,
);

// Static<typeof BlockSchema> unrolls the cycle only a few levels and then
// gives `any`. Resolving the refs against the named Block type instead keeps
// the TypeScript type exact at every depth; the interfaces below are what
// lets TypeScript accept the self-reference.
interface BlockRefs extends TProperties {
  [BLOCK_REF]: TUnsafe<Block>;
  [INLINE_REF]: typeof InlineSchema;
}

export type TextSpan = Static<typeof TextSpanSchema>;
export type Mark = Static<typeof MarkSchema>;
export type Inline = Static<typeof InlineSchema>;
export type HeadingBlock = Static<typeof HeadingBlockSchema, BlockRefs>;
export type ParagraphBlock = Static<typeof ParagraphBlockSchema, BlockRefs>;
export interface ListBlock extends Static<typeof ListBlockSchema, BlockRefs> {}
export interface QuoteBlock extends Static<typeof QuoteBlockSchema, BlockRefs> {}
export type ImageBlock = Static<typeof ImageBlockSchema>;
export type EmbedBlock = Static<typeof EmbedBlockSchema>;
export type CodeBlock = Static<typeof CodeBlockSchema>;
export type TableBlock = Static<typeof TableBlockSchema, BlockRefs>;
export type RuleBlock = Static<typeof RuleBlockSchema>;
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | QuoteBlock
  | ImageBlock
  | EmbedBlock
  | CodeBlock
  | TableBlock
  | RuleBlock;
export type TocEntry = Static<typeof TocEntrySchema>;
