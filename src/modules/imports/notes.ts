/**
 * What could not be carried over from one imported item, by kind: each kind
 * once, with how often and the details (which shortcodes, which categories),
 * so a post says "shortcode dropped: [contact-form-7], [toc]" in one line.
 */
/** Notes as they cross threads: each kind with how often and its details. */
export type NoteList = [kind: string, times: number, details: string[]][];

export class Notes {
  private readonly kinds = new Map<string, { times: number; details: Set<string> }>();

  add(kind: string, detail?: string | number, times = 1): void {
    const entry = this.kinds.get(kind) ?? { times: 0, details: new Set<string>() };
    entry.times += times;
    if (detail !== undefined && entry.details.size < 20) entry.details.add(String(detail));
    this.kinds.set(kind, entry);
  }

  /** The notes in a form threads can pass (structured clone keeps no class). */
  toList(): NoteList {
    return [...this.kinds].map(([kind, { times, details }]) => [kind, times, [...details]]);
  }

  /** Adds the notes of a list (toList's) to these. */
  addList(list: NoteList): void {
    for (const [kind, times, details] of list) {
      for (const detail of details) this.add(kind, detail, 0);
      this.add(kind, undefined, times);
    }
  }

  /** Each kind with how many times it happened. */
  counts(): [string, number][] {
    return [...this.kinds].map(([kind, { times }]) => [kind, times]);
  }

  list(): string[] {
    return [...this.kinds].map(([kind, { times, details }]) => {
      const count = times > 1 && details.size !== times ? ` (${times})` : '';
      return `${kind}${count}${details.size ? `: ${[...details].join(', ')}` : ''}`;
    });
  }
}
