/**
 * Tolerant decoding, in one place: every response the elements use passes through a decoder
 * before any element sees it (`HeroClient` applies the decoder registered for the operation; the
 * shapes live in src/api/decoders/, one module per part of the API, all listed in `DECODERS`), and
 * the doctor (`npx hero-elements doctor`) checks a tenant's answers through the same decoders.
 *
 * A decoder accepts the documented variants (ids as strings or whole numbers, dates as
 * `YYYY-MM-DD` or date-times, absent optional fields) and refuses only what cannot be used. What it
 * notices is written to `issues` as a path and a problem in the kit's words, never a value (values
 * can be patient data). In a list, an item that cannot be used is skipped and noted; the rest of
 * the list is kept. A read whose answer cannot be used at all throws a `HeroError` (`server`).
 * Answers to changes (reserve, book, submit, send) never throw here: the change happened, so the
 * element gets what could be read (missing pieces as null, or undefined) and reads back or says so.
 *
 * Objects come out with only the fields named in their shape: whatever else Hero sends is dropped.
 */
import { heroId } from '../domain/patient.js';
import { HeroError } from './errors.js';

/** Something a decoder noticed: where (`data[3].start_time`) and what, never the value. */
export interface DecodeIssue {
  path: string;
  problem: string;
  /** An item of a list was left out because it could not be used (data the user does not see). */
  skipped?: true;
}

/** Reads one value at `path`; throws `Unusable` when it cannot be used, notes smaller problems in `issues`. */
export type Reader<T> = (value: unknown, path: string, issues: DecodeIssue[]) => T;

/** A value that cannot be used where it stands. */
export class Unusable extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export const kind = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

// ───────── Scalars ─────────

/**
 * An id, as a string. Hero documents ids as digits (`^\d+$`), given as a string or a whole number;
 * its reference's own examples (and its mock server) answer `"string"`, so other text is kept as
 * written and noted. Missing, empty, or not text or a number: unusable.
 */
export const id: Reader<string> = (value, path, issues) => {
  const result = heroId(value);
  if (result === null)
    throw new Unusable(
      path,
      value === undefined ? 'missing' : `expected an id, got ${typeof value === 'string' ? 'other text' : kind(value)}`,
    );
  if (!/^\d+$/.test(result)) issues.push({ path, problem: 'not digits as documented (kept as written)' });
  return result;
};

export const string: Reader<string> = (value, path) => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new Unusable(path, value === undefined ? 'missing' : `expected a string, got ${kind(value)}`);
};

export const number: Reader<number> = (value, path) => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n === 'number' && Number.isFinite(n)) return n;
  throw new Unusable(path, value === undefined ? 'missing' : `expected a number, got ${kind(value)}`);
};

export const boolean: Reader<boolean> = (value, path) => {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Unusable(path, value === undefined ? 'missing' : `expected true or false, got ${kind(value)}`);
};

/** An instant (ISO 8601 date-time), kept as the API wrote it once it is known to parse. */
export const dateTime: Reader<string> = (value, path) => {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(Date.parse(value))) return value;
  throw new Unusable(
    path,
    value === undefined ? 'missing' : `expected a date-time, got ${typeof value === 'string' ? 'other text' : kind(value)}`,
  );
};

/** One of `values`; an unlisted value is noted and replaced by `fallback` (enums may grow). */
export function oneOf<const V extends string>(values: readonly V[], fallback: V): Reader<V> {
  return (value, path, issues) => {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as V;
    if (value !== undefined && value !== null) issues.push({ path, problem: `unexpected value (expected one of ${values.join(', ')})` });
    return fallback;
  };
}

/** Absent or null: `null`. Present but unusable: noted, and `null`. */
export function nullable<T>(read: Reader<T>): Reader<T | null> {
  return (value, path, issues) => {
    if (value === undefined || value === null || value === '') return null;
    try {
      return read(value, path, issues);
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      issues.push({ path: error.path, problem: error.problem });
      return null;
    }
  };
}

/** Absent or null: `undefined` (for optional fields). Present but unusable: noted, and `undefined`. */
export function optional<T>(read: Reader<T>): Reader<T | undefined> {
  const inner = nullable(read);
  return (value, path, issues) => inner(value, path, issues) ?? undefined;
}

/** Absent, null or unusable: `fallback` (unusable is noted). */
export function withDefault<T>(read: Reader<T>, fallback: T): Reader<T> {
  const inner = nullable(read);
  return (value, path, issues) => inner(value, path, issues) ?? fallback;
}

// ───────── Structures ─────────

type Shape = Record<string, Reader<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

export function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new Unusable(path, value === undefined ? 'missing' : `expected an object, got ${kind(value)}`);
}

/** An object with exactly the fields of `shape` (others dropped). */
export function object<S extends Shape>(shape: S): Reader<Out<S>> {
  return (value, path, issues) => {
    const source = record(value, path);
    const out: Record<string, unknown> = {};
    for (const key in shape) out[key] = shape[key]!(source[key], `${path}.${key}`, issues);
    return out as Out<S>;
  };
}

/** An array whose unusable items are skipped and noted. */
export function array<T>(item: Reader<T>): Reader<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) throw new Unusable(path, value === undefined ? 'missing' : `expected a list, got ${kind(value)}`);
    const out: T[] = [];
    value.forEach((entry, index) => {
      try {
        out.push(item(entry, `${path}[${index}]`, issues));
      } catch (error) {
        if (!(error instanceof Unusable)) throw error;
        issues.push({ path: error.path, problem: `${error.problem}; item skipped`, skipped: true });
      }
    });
    return out;
  };
}

/** A paginated list `{ data, count }`; `count` defaults to the items on the page. */
export function list<T>(item: Reader<T>): Reader<{ data: T[]; count: number }> {
  const items = array(item);
  return (value, path, issues) => {
    const source = record(value, path);
    const data = items(source['data'], `${path}.data`, issues);
    const count = nullable(number)(source['count'], `${path}.count`, issues);
    return { data, count: count ?? (Array.isArray(source['data']) ? source['data'].length : 0) };
  };
}

// ───────── Helpers the shapes share ─────────

export const nullableString = nullable(string);
export const nullableId = nullable(id);
export const nullableDateTime = nullable(dateTime);
export const flag = withDefault(boolean, false);

// ───────── Registered decoders, by operation ─────────

const registered = new Map<string, Reader<unknown>>();

/**
 * Makes the client decode these operations' answers (`METHOD /path` keys, as openapi.yaml names
 * them). Each element's API module registers the groups it uses (src/api/decoders/*), so a page
 * ships only the decoders of its elements; `hero-elements/api` registers them all.
 */
export function registerDecoders(decoders: Record<string, Reader<unknown>>): void {
  for (const [key, reader] of Object.entries(decoders)) registered.set(key, reader);
}

/** The decoder registered for `METHOD path`, if any. */
export function decoderFor(method: string, path: string): Reader<unknown> | undefined {
  return registered.get(`${method.toUpperCase()} ${path}`);
}

/**
 * Decodes `value` with `read`: the value and what was noticed. Throws a `HeroError` (`server`, with
 * the issues) when the answer cannot be used at all; its message names no value.
 */
export function decode<T>(read: Reader<T>, value: unknown): { value: T; issues: DecodeIssue[] } {
  const issues: DecodeIssue[] = [];
  try {
    return { value: read(value, '$', issues), issues };
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    issues.push({ path: error.path, problem: error.problem });
    throw new HeroError(
      'server',
      'The Hero API sent an answer the kit could not use. Try again; if it keeps happening, tell your administrator.',
      {
        issues: issues.map((issue) => ({ path: issue.path.split('.'), code: issue.problem })),
      },
    );
  }
}
