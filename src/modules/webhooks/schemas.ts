import { Type, type Static } from 'typebox';
import { deliveryStatuses } from '../../db/schema.js';
import { Nullable, StrictObject, Timestamp, Url } from '../../lib/schemas.js';
import { changeTypes } from '../changes/schemas.js';

export const eventPatterns = [...changeTypes, 'article.*', 'links.*', 'section.*', 'author.*', 'tag.*', '*'] as const;

const subscription = {
  description: Nullable(Type.String({ maxLength: 500 })),
  eventTypes: Type.Array(Type.Enum(eventPatterns), {
    minItems: 1, maxItems: 30, uniqueItems: true,
    description: 'Change types to send (`article.published`…), a whole family (`article.*`) or everything (`*`).',
  }),
  sectionIds: Nullable(Type.Array(Type.String({ maxLength: 300 }), {
    maxItems: 50, uniqueItems: true,
    description: 'Only article changes in these sections (ids or paths) and their sub-sections; null for every change.',
  })),
  includeUnpublished: Type.Boolean({
    description: 'Also send changes readers cannot see (drafts, scheduled and embargoed articles). Off by default.',
  }),
  enabled: Type.Boolean({ description: 'A disabled webhook gets no new deliveries and its pending ones wait.' }),
};

export const WebhookSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  ...subscription,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
}, { $id: 'Webhook', title: 'Webhook' });

export const NewWebhookSchema = Type.Object({
  ...WebhookSchema.properties,
  secret: Type.String({ description: 'The signing secret (`whsec_` + base64), shown only in this answer.' }),
}, { $id: 'NewWebhook', title: 'NewWebhook' });

export const WebhookCreateSchema = StrictObject({
  url: Url,
  eventTypes: subscription.eventTypes,
  description: Type.Optional(subscription.description),
  sectionIds: Type.Optional(subscription.sectionIds),
  includeUnpublished: Type.Optional(subscription.includeUnpublished),
  enabled: Type.Optional(subscription.enabled),
}, { $id: 'WebhookCreate', title: 'WebhookCreate' });

export const WebhookPatchSchema = StrictObject({
  url: Type.Optional(Url),
  eventTypes: Type.Optional(subscription.eventTypes),
  description: Type.Optional(subscription.description),
  sectionIds: Type.Optional(subscription.sectionIds),
  includeUnpublished: Type.Optional(subscription.includeUnpublished),
  enabled: Type.Optional(subscription.enabled),
}, { minProperties: 1, $id: 'WebhookPatch', title: 'WebhookPatch' });

export const WebhookPayloadSchema = Type.Object({
  type: Type.Enum(changeTypes),
  timestamp: Timestamp,
  data: Type.Ref('Change'),
}, {
  $id: 'WebhookPayload', title: 'WebhookPayload',
  description: 'The body of every delivery (Standard Webhooks): the change, with the surrogate keys to purge.',
});

export const DeliverySchema = Type.Object({
  id: Type.String({ description: 'The message id, sent as `webhook-id`: the same on every attempt and replay.' }),
  webhookId: Type.String(),
  eventType: Type.String(),
  status: Type.Enum(deliveryStatuses),
  attempts: Type.Integer(),
  nextAttemptAt: Nullable(Timestamp),
  lastAttemptAt: Nullable(Timestamp),
  lastStatus: Nullable(Type.Integer({ description: 'The HTTP status of the last answer, if there was one.' })),
  lastError: Nullable(Type.String()),
  createdAt: Timestamp,
  payload: Type.Ref('WebhookPayload'),
}, { $id: 'WebhookDelivery', title: 'WebhookDelivery' });

export type Webhook = Static<typeof WebhookSchema>;
export type NewWebhook = Static<typeof NewWebhookSchema>;
export type WebhookCreate = Static<typeof WebhookCreateSchema>;
export type WebhookPatch = Static<typeof WebhookPatchSchema>;
export type Delivery = Static<typeof DeliverySchema>;
