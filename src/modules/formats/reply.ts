import type { FastifyReply, FastifyRequest } from 'fastify';
import { validate } from '../../lib/http.js';
import { includesFullContent } from '../feeds/access.js';
import { NINJS_MEDIA_TYPE } from './schemas.js';
import { getNinjs, type FormatDeps } from './service.js';

/** Answers with the ninjs of an article, validated and typed; `vary` names Accept where it chose the format. */
export async function sendNinjs(request: FastifyRequest, reply: FastifyReply, deps: FormatDeps, idOrSlug: string, negotiated: boolean) {
  const { ninjs, ...validators } = await getNinjs(deps, idOrSlug, request.reader, includesFullContent(request));
  await validate(request, reply, validators);
  if (negotiated) reply.header('vary', 'Authorization, Accept');
  return reply.type(NINJS_MEDIA_TYPE).send(ninjs);
}
