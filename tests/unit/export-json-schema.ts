// A JSON Schema checker for the subset evidence.schema.json uses ($ref to $defs, type, const,
// enum, required, properties, items, pattern, minLength, anyOf), so the tests need no validator package.

type Schema = Record<string, unknown>;

export function schemaErrors(value: unknown, schema: Schema, root: Schema = schema, at = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    const target = (root.$defs as Record<string, Schema>)[name];
    if (!target) return [`${at}: unknown $ref ${schema.$ref}`];
    return schemaErrors(value, target, root, at);
  }
  const errors: string[] = [];
  if (Array.isArray(schema.anyOf)) {
    const ok = (schema.anyOf as Schema[]).some((s) => schemaErrors(value, s, root, at).length === 0);
    if (!ok) errors.push(`${at}: matches none of anyOf`);
  }
  if ('const' in schema && value !== schema.const) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(value, t as string))) return [...errors, `${at}: expected type ${types.join('|')}`];
  }
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) errors.push(`${at}: does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${at}: too short`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...schemaErrors(v, schema.items as Schema, root, `${at}[${i}]`)));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in record)) errors.push(`${at}: missing ${key}`);
    for (const [key, sub] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
      if (key in record) errors.push(...schemaErrors(record[key], sub, root, `${at}.${key}`));
    }
  }
  return errors;
}

function typeMatches(value: unknown, type: string): boolean {
  switch (type) {
    case 'null': return value === null;
    case 'array': return Array.isArray(value);
    case 'object': return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    default: return typeof value === type;
  }
}
