import type { OpenAPIV3_1 } from 'openapi-types';

/** The OpenAPI 3.1 `webhooks` entry: what Kiosque POSTs to a subscriber's URL. */
export const changeWebhooks: OpenAPIV3_1.Document['webhooks'] = {
  change: {
    post: {
      operationId: 'receiveChange',
      summary: 'A change, delivered to a subscribed URL (Standard Webhooks)',
      description: 'Verify `webhook-signature` before trusting the body: `v1,` and the base64 HMAC-SHA256, keyed with the '
        + 'base64-decoded part of the secret after `whsec_`, of `{webhook-id}.{webhook-timestamp}.{raw body}`. Refuse '
        + 'timestamps more than 5 minutes away from your clock, and use `webhook-id` to ignore repeats: a message can '
        + 'arrive more than once (retries, replays). Answer 2xx within the timeout; anything else, a redirect '
        + 'included, is retried with exponential backoff.',
      tags: ['webhooks'],
      parameters: [
        { name: 'webhook-id', in: 'header', required: true, schema: { type: 'string' }, description: 'The message id, the same on every attempt.' },
        { name: 'webhook-timestamp', in: 'header', required: true, schema: { type: 'string' }, description: 'Seconds since the epoch, at this attempt.' },
        { name: 'webhook-signature', in: 'header', required: true, schema: { type: 'string' }, description: '`v1,<base64 HMAC-SHA256>`.' },
      ],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookPayload' } } } },
      // No security scheme: the subscriber authenticates the body itself, by its signature.
      security: [],
      responses: { '2XX': { description: 'Received; any other answer is a failure and is retried.' } },
    },
  },
};
