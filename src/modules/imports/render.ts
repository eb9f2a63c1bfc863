import { renderMarkdown, type RenderedBody } from '../../content/render.js';

/**
 * Renders a batch of bodies before the batch's transaction opens. The one
 * place that renders for imports: when rendering moves to the worker pool
 * (issue 18), this becomes a call to it and the batch renders in parallel.
 */
export async function renderBodies(sources: string[]): Promise<RenderedBody[]> {
  return sources.map((source) => renderMarkdown(source));
}
