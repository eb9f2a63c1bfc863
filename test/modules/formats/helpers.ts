import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
const schema = JSON.parse(readFileSync(new URL('../../fixtures/ninjs/ninjs-schema_2.2.json', import.meta.url), 'utf8'));

const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
// places[].geojson refers to the GeoJSON schema online; Kiosque never writes geojson, so any object stands in for it.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });

/** The official IPTC ninjs 2.2 schema, compiled with Ajv's draft 2020-12 build. */
export const validateNinjs = ajv.compile(schema);
