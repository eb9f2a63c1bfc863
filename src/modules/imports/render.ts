import type { StoredBody } from '../../content/render.js';
import { BodyLimitError } from '../../content/limits.js';
import type { Renderer } from '../../content/renderer.js';

/**
 * Renders a batch of bodies before the batch's transaction opens, in parallel
 * on the renderer's threads. A body over a limit (content/limits.ts) is that
 * post's failure, not the import's.
 */
export function renderBodies(renderer: Renderer, sources: string[]): Promise<(StoredBody | BodyLimitError)[]> {
  return Promise.all(sources.map((source) => renderer.renderMarkdown(source).catch((error: unknown) => {
    if (error instanceof BodyLimitError) return error;
    throw error;
  })));
}
