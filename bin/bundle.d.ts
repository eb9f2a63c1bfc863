export const bundleDir: string;
export function digestOf(contents: string | Buffer): string;
export function stampOf(file: string): string;
export function freshBundle(dir?: string): string | null;
