/** An export that cannot be read: not well-formed, or not the format it was given as. */
export class MalformedExport extends Error {
  constructor(readonly file: string, readonly line: number | null, readonly column: number | null, readonly reason: string) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}:${column}: ${reason}`);
    this.name = 'MalformedExport';
  }
}
