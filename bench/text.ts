// Generated French news text whose word statistics look like a real
// archive's rather than a small corpus's. A real archive covers thousands of
// subjects: the word of one subject (rugby, recrutement, climat) appears in
// a few percent of articles, function words (de, la, le) in all of them,
// and a long tail of rarer words follows a Zipf law. So: sentences come from
// order-2 Markov chains over the demo articles of a section (the grammar and
// function words); 15% of articles are on a demo subject, where about one
// content word in eight is swapped for a word of the long tail; the others
// are on one of 600 other subjects, where every content word (and proper
// noun) is swapped for that subject's own words (a slice of the tail) or
// the tail at large. Those read like French with made-up words
// ("le plouvanteur de la grésonnique"), which is what the index sees of
// subjects it has never met.
import type { DemoArticle } from '../src/db/seed/demo/types.js';

/** mulberry32: a small deterministic PRNG, so every run makes the same dataset. */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'ch', 'tr', 'pl', 'gr', 'br', 'cr', 'fl', 'j', 'qu'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ou', 'ai', 'é', 'è', 'an', 'on', 'in', 'eu', 'au'];
const ENDINGS = ['tion', 'ment', 'age', 'eur', 'ique', 'isme', 'ité', 'ance', 'elle', 'ette', 'ier', 'oise', 'ard', 'ure', 'ade', 'ence'];

/** A long tail of word forms that look French (`plouvanteur`, `grésonnique`), distinct, in a fixed order: rank 1 first. */
function tailVocabulary(size: number, random: () => number): string[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const words = new Set<string>();
  while (words.size < size) {
    let w = '';
    for (let s = 0, n = 1 + Math.floor(random() * 3); s < n; s++) w += pick(ONSETS) + pick(VOWELS);
    words.add(w + pick(ENDINGS));
  }
  return [...words];
}

type Chain = { next: Map<string, string[]>; starts: string[] };

function chainOf(bodies: string[]): Chain {
  const next = new Map<string, string[]>();
  for (const body of bodies) {
    const words = body.replace(/[#>*|[\]()!-]+/g, ' ').split(/\s+/).filter((w) => w && !w.startsWith('http'));
    for (let i = 2; i < words.length; i++) {
      const key = `${words[i - 2]} ${words[i - 1]}`;
      const list = next.get(key);
      if (list) list.push(words[i]);
      else next.set(key, [words[i]]);
    }
  }
  return { next, starts: [...next.keys()].filter((k) => /^[A-ZÉÀ]/.test(k)) };
}

/** A word of five letters or more (content word or proper noun), with its elision (l’, qu’) and trailing punctuation. */
const WORD = /^((?:[dlnsjcmt]|qu|jusqu|lorsqu|puisqu)[’'])?(\p{L}{5,})([^\p{L}]*)$/u;
/** Function words as long as content words: the grammar keeps them. */
const GRAMMAR = new Set(['comme', 'cette', 'entre', 'aussi', 'leurs', 'depuis', 'encore', 'avant', 'après', 'alors', 'toujours',
  'plusieurs', 'selon', 'contre', 'avait', 'avoir', 'faire', 'notre', 'votre', 'autre', 'autres', 'moins', 'quand', 'trois',
  'quatre', 'ainsi', 'parce', 'chaque', 'jamais', 'pourtant', 'lorsque', 'puisque', 'certains', 'certaines', 'toutes', 'celle',
  'celles', 'celui', 'mêmes', 'était', 'étaient', 'seront', 'peuvent', 'doivent', 'pendant', 'partir', 'beaucoup', 'aujourd',
  'dernier', 'dernière', 'premier', 'première', 'grande', 'grand', 'grands', 'petit', 'petite', 'nouveau', 'nouvelle', 'moins']);

export interface Topic {
  /** The demo section whose chain writes the sentences, and (for demo subjects) the articles' section. */
  section: string;
  demo: boolean;
  tags: string[];
  authors: string[];
  /** How often a content word is swapped. */
  share: number;
  /** The subject's own words (most frequent first), for subjects outside the demo. */
  words?: string[];
}

/** The text model: the demo subjects, the other subjects, and a writer of sentences on any of them. */
export function createTextModel(demo: DemoArticle[], random: () => number, { tailSize = 60_000, others = 600, demoShare = 0.15 } = {}) {
  const sections = [...new Set(demo.map((a) => a.section))];
  const chains = new Map(sections.map((s) => [s, chainOf(demo.filter((a) => a.section === s).map((a) => `${a.title}. ${a.standfirst} ${a.body}`))]));
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const demoTopics: Topic[] = sections.map((section) => {
    const own = demo.filter((a) => a.section === section);
    return { section, demo: true, tags: [...new Set(own.flatMap((a) => a.tags))], authors: [...new Set(own.flatMap((a) => a.authors))], share: 0.12 };
  });
  const tail = tailVocabulary(tailSize, random);
  // Zipf with exponent 1 from rank 300 on (the first few hundred ranks are the demo text's own words):
  // P(rank ≤ r) ≈ ln r / ln V, so rank = V^u for u uniform over [ln 300 / ln V, 1].
  const low = Math.log(300) / Math.log(tail.length);
  const zipf = (words: string[], from = 0) => words[Math.min(words.length, Math.floor(words.length ** (from + (1 - from) * random()))) - 1];
  const otherTopics: Topic[] = Array.from({ length: others }, () => {
    const start = Math.floor(random() * (tail.length - 200));
    // The demo tags name demo subjects: these articles carry none of them (the dataset adds a stray one now and then).
    return { ...pick(demoTopics), tags: [], demo: false, share: 1, words: tail.slice(start, start + 200) };
  });
  const swap = (topic: Topic) => (topic.words && random() < 0.7 ? zipf(topic.words) : zipf(tail, low));
  const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

  function sentence(topic: Topic, min: number, max: number): string {
    const chain = chains.get(topic.section)!;
    const out = pick(chain.starts).split(' ');
    const length = min + Math.floor(random() * (max - min));
    while (out.length < length) {
      const next = chain.next.get(`${out[out.length - 2]} ${out[out.length - 1]}`);
      if (!next) out.push(...pick(chain.starts).split(' '));
      else out.push(pick(next));
    }
    const words = out.map((w) => {
      const m = WORD.exec(w);
      if (!m || GRAMMAR.has(m[2].toLowerCase()) || random() >= topic.share) return w;
      const proper = m[2][0] !== m[2][0].toLowerCase();
      if (proper && topic.demo) return w;
      return `${m[1] ?? ''}${proper ? capital(swap(topic)) : swap(topic)}${m[3]}`;
    });
    return words.join(' ').replace(/[,;:«»"]+$/, '');
  }

  function body(topic: Topic): string {
    const parts = [sentence(topic, 40, 70) + '.'];
    for (let h = 0; h < 4; h++) {
      parts.push(`## ${sentence(topic, 4, 8)}`);
      for (let p = 0; p < 3; p++) parts.push(sentence(topic, 50, 75) + '.');
    }
    return parts.join('\n\n');
  }

  /** A subject for the next article: a demo one `demoShare` of the time. */
  const topic = () => (random() < demoShare ? pick(demoTopics) : pick(otherTopics));

  return { topics: [...demoTopics, ...otherTopics], topic, sentence, body };
}
