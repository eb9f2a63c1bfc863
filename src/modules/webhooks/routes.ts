import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { page, withVersionEtag } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { IfMatchHeaders, ListQuery, notModifiedResponse, Page, versionHeaders } from '../../lib/schemas.js';
import { WebhookCreateSchema, WebhookPatchSchema } from './schemas.js';
import * as webhooks from './service.js';

const Webhook = Type.Ref('Webhook');
const Delivery = Type.Ref('WebhookDelivery');
const Params = Type.Object({ id: Type.String({ maxLength: 40, description: 'The webhook id (`whk_…`).' }) });
const DeliveryParams = Type.Object({ ...Params.properties, deliveryId: Type.String({ maxLength: 40, description: 'The delivery (message) id (`msg_…`).' }) });
const tags = ['webhooks'];
// Admin only, and never from the response cache: deliveries move without a write through the API.
const config = { scope: 'admin' as const, cache: false as const };

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext; allowLoopback: boolean; lookup?: webhooks.WebhookDeps['guard']['lookup'] }> = async (app, { ctx, allowLoopback, lookup }) => {
  const deps = {
    webhooks: ctx.repos.webhooks, sections: ctx.repos.sections, changes: ctx.repos.changes, now: ctx.now,
    guard: { allowLoopback, lookup }, cursors: ctx.cursors,
  };

  app.post('/webhooks', {
    config,
    schema: {
      operationId: 'createWebhook', summary: 'Subscribe a URL to changes', tags,
      description: 'The answer holds the signing secret, once. The URL must be http(s) and resolve to public addresses only.',
      body: WebhookCreateSchema, response: { 201: Type.Ref('NewWebhook'), ...problems(400, 401, 403, 413, 415) },
    },
  }, async (request, reply) => reply.code(201).send(await webhooks.createWebhook(deps, request.body)));

  app.get('/webhooks', {
    config,
    schema: {
      operationId: 'listWebhooks', summary: 'List webhooks, oldest first', tags,
      description: 'Every subscription, paged by cursor, never with its secret.',
      querystring: Type.Object(ListQuery), response: { 200: Page(Webhook), ...problems(400, 401, 403) },
    },
  }, async function list(request, reply) {
    const { data, nextCursor } = await webhooks.listWebhooks(deps, request.query.limit, request.query.cursor);
    return page(request, reply, data, request.query.limit, nextCursor);
  });

  app.get('/webhooks/:id', {
    config,
    schema: {
      operationId: 'getWebhook', summary: 'Get a webhook (never its secret)', tags,
      description: 'The subscription: URL, event types, sections, whether it includes unpublished changes, whether it is enabled.',
      params: Params, response: { 200: { ...Webhook, headers: versionHeaders }, 304: notModifiedResponse, ...problems(401, 403, 404) },
    },
  }, async (request, reply) => withVersionEtag(reply, await webhooks.getWebhook(deps, request.params.id)));

  app.patch('/webhooks/:id', {
    config,
    schema: {
      operationId: 'updateWebhook', summary: 'Change a webhook', tags,
      description: 'Honours `If-Match`. `enabled: false` pauses deliveries: pending ones wait, new changes are not queued.',
      params: Params, headers: IfMatchHeaders, body: WebhookPatchSchema,
      response: { 200: { ...Webhook, headers: versionHeaders }, ...problems(400, 401, 403, 404, 412, 413, 415) },
    },
  }, async (request, reply) => withVersionEtag(reply, await webhooks.updateWebhook(deps, request.params.id, request.body, request.headers['if-match'])));

  app.delete('/webhooks/:id', {
    config,
    schema: {
      operationId: 'deleteWebhook', summary: 'Delete a webhook and its deliveries', tags,
      description: 'Its deliveries, pending ones included, go with it: nothing more is sent.',
      params: Params, response: { 204: Type.Null(), ...problems(401, 403, 404) },
    },
  }, async (request, reply) => {
    await webhooks.deleteWebhook(deps, request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/webhooks/:id/deliveries', {
    config,
    schema: {
      operationId: 'listWebhookDeliveries', summary: 'The deliveries of a webhook, newest first', tags,
      description: 'Each delivery with its status (`pending`, `succeeded`, `failed`), attempts, last HTTP status and error, and next attempt.',
      params: Params, querystring: Type.Object(ListQuery),
      response: { 200: Page(Delivery), ...problems(400, 401, 403, 404) },
    },
  }, async function deliveries(request, reply) {
    const { data, nextCursor } = await webhooks.listDeliveries(deps, request.params.id, request.query.limit, request.query.cursor);
    return page(request, reply, data, request.query.limit, nextCursor);
  });

  app.get('/webhooks/:id/deliveries/:deliveryId', {
    config,
    schema: {
      operationId: 'getWebhookDelivery', summary: 'One delivery: status, attempts, last error, next attempt', tags,
      description: 'The payload sent, its status and the outcome of its last attempt.',
      params: DeliveryParams, response: { 200: Delivery, ...problems(401, 403, 404) },
    },
  }, async (request) => webhooks.getDelivery(deps, request.params.id, request.params.deliveryId));

  app.post('/webhooks/:id/deliveries/:deliveryId/replay', {
    config,
    schema: {
      operationId: 'replayWebhookDelivery', summary: 'Send a delivery again, with a fresh set of attempts', tags,
      description: 'The same message (same `webhook-id` and body) is queued for an attempt now, whatever its status.',
      params: DeliveryParams, response: { 202: Delivery, ...problems(401, 403, 404) },
    },
  }, async (request, reply) => reply.code(202).send(await webhooks.replayDelivery(deps, request.params.id, request.params.deliveryId)));
};

export default routes;
