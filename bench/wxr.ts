// A generated WordPress export (WXR 1.2) for the import benchmark: French text with the
// word statistics of bench/text.ts, bodies of a news site's mix of lengths (briefs, news,
// long reads), Gutenberg and classic posts, nested categories, tags, several authors,
// featured images as attachments after their posts, old slugs, every status, comments.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { demoArticles } from '../src/db/seed/index.js';
import { createTextModel, prng } from './text.js';

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const SITE = 'https://www.quotidien-bench.example';
const wpDate = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

export interface WxrStats { posts: number; attachments: number; words: number; bytes: number }

/** Writes `count` posts (and their attachments) to `file`; returns what it wrote. */
export async function writeWxr(file: string, count: number, seed = 7): Promise<WxrStats> {
  const random = prng(seed);
  const text = createTextModel(demoArticles, random);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const out = createWriteStream(file);
  const stats: WxrStats = { posts: 0, attachments: 0, words: 0, bytes: 0 };
  const write = async (chunk: string) => {
    stats.bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const roots = ['actualites', 'economie', 'culture', 'sport', 'societe'];
  const categories = roots.flatMap((r) => [r, ...Array.from({ length: 4 }, (_, i) => `${r}/${r}-${i + 1}`)]);
  const tags = Array.from({ length: 300 }, (_, i) => `sujet-${i + 1}`);
  const authors = Array.from({ length: 40 }, (_, i) => `auteur${i + 1}`);
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Le Quotidien</title><link>${SITE}</link><language>fr-FR</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${SITE}</wp:base_site_url><wp:base_blog_url>${SITE}</wp:base_blog_url>
${authors.map((a, i) => `<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(a)}</wp:author_login><wp:author_display_name>${cdata(`Rédactrice ${i + 1} Lefèvre`)}</wp:author_display_name></wp:author>`).join('\n')}
${categories.map((c, i) => `<wp:category><wp:term_id>${i + 1}</wp:term_id><wp:category_nicename>${cdata(c.split('/').pop()!)}</wp:category_nicename><wp:category_parent>${cdata(c.includes('/') ? c.split('/')[0] : '')}</wp:category_parent><wp:cat_name>${cdata(`Rubrique ${c}`)}</wp:cat_name></wp:category>`).join('\n')}
${tags.map((t, i) => `<wp:tag><wp:term_id>${1000 + i}</wp:term_id><wp:tag_slug>${cdata(t)}</wp:tag_slug><wp:tag_name>${cdata(`Sujet ${i + 1}`)}</wp:tag_name></wp:tag>`).join('\n')}
`);
  const start = Date.UTC(2012, 0, 1);
  for (let i = 0; i < count; i++) {
    const id = 10 + i * 2;
    const topic = text.topic();
    const paragraph = () => {
      const p = `${text.sentence(topic, 25, 45)}. ${text.sentence(topic, 15, 35)}.`;
      stats.words += p.split(' ').length;
      return p;
    };
    // A news site's mix: 25 % briefs (~150 words), 55 % news (~500), 20 % long reads (~1,000).
    const size = random();
    const sections = size < 0.25 ? 0 : size < 0.8 ? 2 : 4;
    const gutenberg = random() < 0.7;
    const block = (name: string, html: string) => (gutenberg ? `<!-- wp:${name} -->\n${html}\n<!-- /wp:${name} -->\n\n` : `${html}\n\n`);
    const para = () => (gutenberg ? block('paragraph', `<p>${escape(paragraph())}</p>`) : `${escape(paragraph())}\n\n`);
    let body = para() + para();
    for (let s = 0; s < sections; s++) {
      body += block('heading', `<h2>${escape(text.sentence(topic, 4, 8))}</h2>`);
      body += para() + para() + (s % 2 ? para() : '');
      if (s === 1 && random() < 0.5) body += block('list', `<ul><li>${escape(text.sentence(topic, 5, 9))}</li><li>${escape(text.sentence(topic, 5, 9))}</li></ul>`);
      if (s === 2 && random() < 0.4) body += block('quote', `<blockquote class="wp-block-quote"><p>« ${escape(text.sentence(topic, 10, 20))} »</p></blockquote>`);
      if (s === 0 && random() < 0.3) {
        const caption = escape(text.sentence(topic, 6, 10));
        body += gutenberg
          ? block('image', `<figure class="wp-block-image"><img src="${SITE}/wp-content/uploads/${id}-b.jpg" alt="${caption}"/><figcaption>${caption}</figcaption></figure>`)
          : `[caption id="attachment_${id}" width="800"]<img src="/wp-content/uploads/${id}-b.jpg" alt="${caption}" /> ${caption}[/caption]\n\n`;
      }
    }
    if (random() < 0.05) body += gutenberg ? block('embed', `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=v${id}\n</div></figure>`) : `https://www.youtube.com/watch?v=v${id}\n`;
    const state = random();
    const status = state < 0.9 ? 'publish' : state < 0.95 ? 'draft' : state < 0.98 ? 'future' : 'private';
    const date = status === 'future' ? Date.UTC(2031, 0, 1) + i * 60_000 : start + Math.floor((i / count) * 14 * 365 * 86_400_000);
    const title = text.sentence(topic, 6, 12);
    const slug = `article-${id}`;
    const category = pick(categories).split('/').pop()!;
    const thumbnail = random() < 0.6;
    await write(`<item><title>${cdata(title)}</title><link>${SITE}/${new Date(date).toISOString().slice(0, 10).replaceAll('-', '/')}/${slug}/</link>
<dc:creator>${cdata(pick(authors))}</dc:creator><guid isPermaLink="false">${SITE}/?p=${id}</guid><description></description>
<content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata(random() < 0.5 ? text.sentence(topic, 15, 30) + '.' : '')}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>${cdata(wpDate(date + 3_600_000))}</wp:post_date><wp:post_date_gmt>${cdata(status === 'draft' ? '0000-00-00 00:00:00' : wpDate(date))}</wp:post_date_gmt>
<wp:post_modified_gmt>${cdata(wpDate(date + 7_200_000))}</wp:post_modified_gmt><wp:post_name>${cdata(status === 'draft' ? '' : slug)}</wp:post_name>
<wp:status>${cdata(status)}</wp:status><wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order><wp:post_type>${cdata('post')}</wp:post_type><wp:post_password>${cdata('')}</wp:post_password>
<category domain="category" nicename="${category}">${cdata(`Rubrique ${category}`)}</category>
${Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(tags)).map((t) => `<category domain="post_tag" nicename="${t}">${cdata(t)}</category>`).join('')}
${thumbnail ? `<wp:postmeta><wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key><wp:meta_value>${cdata(String(id + 1))}</wp:meta_value></wp:postmeta>` : ''}
${random() < 0.1 ? `<wp:postmeta><wp:meta_key>${cdata('_wp_old_slug')}</wp:meta_key><wp:meta_value>${cdata(`ancien-${slug}`)}</wp:meta_value></wp:postmeta>` : ''}
${random() < 0.2 ? `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_content>${cdata(text.sentence(topic, 8, 20))}</wp:comment_content></wp:comment>` : ''}
</item>
`);
    stats.posts += 1;
    if (thumbnail) {
      await write(`<item><title>${cdata(`Image ${id}`)}</title><wp:post_id>${id + 1}</wp:post_id><wp:post_parent>${id}</wp:post_parent><wp:status>${cdata('inherit')}</wp:status>
<wp:post_type>${cdata('attachment')}</wp:post_type><wp:attachment_url>${cdata(`${SITE}/wp-content/uploads/${id}.jpg`)}</wp:attachment_url><excerpt:encoded>${cdata(text.sentence(topic, 5, 10))}</excerpt:encoded>
<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata(text.sentence(topic, 4, 8))}</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_metadata')}</wp:meta_key><wp:meta_value>${cdata('a:2:{s:5:"width";i:1600;s:6:"height";i:900;}')}</wp:meta_value></wp:postmeta></item>
`);
      stats.attachments += 1;
    }
  }
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
  return stats;
}
