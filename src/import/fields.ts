// A strict reader of one JSON object from evidence.json: each getter checks the type it promises
// and refuses in words naming the record and field ("message 3: "sentAt" is not a UTC time"),
// so malformed or hostile input never surfaces as a raw TypeError.
import { MAX_LIST_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from './limits';
import { refuse } from './refusal';

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

export class Fields {
  private constructor(
    private readonly value: Record<string, unknown>,
    /** Where this object is, for messages: "evidence.json: message 3". */
    readonly where: string,
  ) {}

  static of(value: unknown, where: string): Fields {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) refuse(`${where} is not a JSON object.`);
    return new Fields(value as Record<string, unknown>, where);
  }

  /** Own fields only: a record named "constructor" or "__proto__" reads as nothing inherited. */
  private get(key: string): unknown {
    return Object.hasOwn(this.value, key) ? this.value[key] : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private fail(key: string, what: string): never {
    refuse(`${this.where}: "${key}" ${what}.`);
  }

  text(key: string, max = MAX_TEXT_LENGTH): string {
    const v = this.get(key);
    if (typeof v !== 'string') this.fail(key, this.has(key) ? 'is not text' : 'is missing');
    if (v.length > max) this.fail(key, `is longer than ${max.toLocaleString('en-US')} characters`);
    return v;
  }

  textOrNull(key: string, max = MAX_TEXT_LENGTH): string | null {
    return this.get(key) === null ? null : this.text(key, max);
  }

  /** An id or name: non-empty, short, no control characters. */
  id(key: string): string {
    const v = this.text(key, MAX_SHORT_TEXT_LENGTH);
    if (!v || CONTROL.test(v)) this.fail(key, 'is empty or holds control characters');
    return v;
  }

  idOrNull(key: string): string | null {
    return this.get(key) === null ? null : this.id(key);
  }

  number(key: string): number {
    const v = this.get(key);
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(key, this.has(key) ? 'is not a number' : 'is missing');
    return v;
  }

  numberOrNull(key: string): number | null {
    return this.get(key) === null ? null : this.number(key);
  }

  integer(key: string, min: number, max: number): number {
    const v = this.number(key);
    if (!Number.isInteger(v) || v < min || v > max) this.fail(key, `is not a whole number from ${min} to ${max}`);
    return v;
  }

  boolean(key: string): boolean {
    const v = this.get(key);
    if (typeof v !== 'boolean') this.fail(key, this.has(key) ? 'is not true or false' : 'is missing');
    return v;
  }

  booleanOrNull(key: string): boolean | null {
    return this.get(key) === null ? null : this.boolean(key);
  }

  /** A field beyond the spec that older or other exporters may leave out. */
  optional<T>(key: string, read: (key: string) => T, fallback: T): T {
    return this.has(key) ? read(key) : fallback;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const v = this.text(key, MAX_SHORT_TEXT_LENGTH);
    if (!(values as readonly string[]).includes(v)) this.fail(key, `is "${v.slice(0, 40)}", not one of ${values.join(', ')}`);
    return v as T;
  }

  /** A colour as #rrggbb, kept in lower case. */
  hexColour(key: string): string {
    const v = this.text(key, MAX_SHORT_TEXT_LENGTH);
    if (!/^#[0-9a-f]{6}$/i.test(v)) this.fail(key, 'is not a colour like #3b6fd8');
    return v.toLowerCase();
  }

  utcTime(key: string): string {
    const v = this.text(key, MAX_SHORT_TEXT_LENGTH);
    if (!UTC_TIME.test(v) || Number.isNaN(Date.parse(v))) this.fail(key, 'is not a UTC time like 2026-03-02T14:14:00Z');
    return v;
  }

  utcTimeOrNull(key: string): string | null {
    return this.get(key) === null ? null : this.utcTime(key);
  }

  dateOrNull(key: string): string | null {
    if (this.get(key) === null) return null;
    const v = this.text(key, MAX_SHORT_TEXT_LENGTH);
    if (!CALENDAR_DATE.test(v)) this.fail(key, 'is not a date like 2026-03-18');
    return v;
  }

  list(key: string): unknown[] {
    const v = this.get(key);
    if (!Array.isArray(v)) this.fail(key, this.has(key) ? 'is not a list' : 'is missing');
    if (v.length > MAX_LIST_LENGTH) this.fail(key, `holds more than ${MAX_LIST_LENGTH.toLocaleString('en-US')} entries`);
    return v;
  }

  /** Each entry read as an object, named "<what> <n>" in messages. */
  objects(key: string, what: string): Fields[] {
    return this.list(key).map((v, i) => Fields.of(v, `${this.where}: ${what} ${i + 1}`));
  }

  texts(key: string, max = MAX_TEXT_LENGTH): string[] {
    return this.list(key).map((v, i) => {
      if (typeof v !== 'string' || v.length > max) this.fail(key, `entry ${i + 1} is not text`);
      return v;
    });
  }

  ids(key: string): string[] {
    return this.texts(key, MAX_SHORT_TEXT_LENGTH).map((v, i) => {
      if (!v || CONTROL.test(v)) this.fail(key, `entry ${i + 1} is empty or holds control characters`);
      return v;
    });
  }

  object(key: string): Fields {
    if (!this.has(key)) this.fail(key, 'is missing');
    return Fields.of(this.get(key), `${this.where}: "${key}"`);
  }

  objectOrNull(key: string): Fields | null {
    return this.get(key) === null ? null : this.object(key);
  }

  /** The raw value, for a check of its own (e.g. a map of dates to hours). */
  raw(key: string): unknown {
    return this.get(key);
  }

  entries(): [string, unknown][] {
    return Object.entries(this.value);
  }
}
