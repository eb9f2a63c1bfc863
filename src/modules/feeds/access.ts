import type { FastifyRequest } from 'fastify';

/**
 * Whether this caller gets whole article bodies in syndication formats
 * (feeds' content, ninjs bodies), or titles and summaries only. It is the one
 * place that decides it: partner keys whose field allow-list leaves `body`
 * out get summaries; every other caller allowed to read gets bodies.
 */
export function includesFullContent(request: FastifyRequest): boolean {
  return request.reader.fields === null || request.reader.fields.includes('body');
}
