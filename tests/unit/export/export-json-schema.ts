// evidence.json against evidence.schema.json (the shipped one, or the copy a bundle carries) with
// a real JSON Schema validator (ajv, draft 2020-12); every error in words with where it is.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import shipped from '../../../src/export/bundle/evidence.schema.json';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new Map<unknown, ValidateFunction>();

export function schemaErrors(value: unknown, schema: object = shipped): string[] {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `$${e.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}: ${e.message ?? 'invalid'}`);
}
