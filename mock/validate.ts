/**
 * Request validation for the mock API, driven by `src/api/openapi.yaml` (through its generated copy,
 * `mock/generated/openapi-document.ts`): nothing here restates the API's rules. A request is
 * checked against its operation's parameters (path and query, deserialised as OpenAPI's default
 * `form` style does) and JSON request body, with `@cfworker/json-schema`, a maintained JSON Schema
 * 2020-12 validator (OpenAPI 3.1's schema dialect) that runs in browsers, service workers and Node
 * without code generation. Problems come back as Hero's documented 400 items, `{ code, expected,
 * path }`.
 *
 * What the document cannot say (an NHS number's check digit, one of several filters, a form's own
 * questions) the handlers check themselves, answering in the same 400 shape.
 */
import { dereference, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { ValidationIssue } from '../src/api/types.js';
import { openapiDocument } from './generated/openapi-document.js';

/** `METHOD /path/{template}`, as in openapi.yaml (and `DECODERS`). */
export type OperationKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

/** What a valid request carried: path and query parameters typed as the document says, and the body. */
export interface ValidRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The parsed JSON body (`undefined` when there was none). */
  body: unknown;
}

type Node = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Node;
}

/** The document's base URI for `$ref` resolution (never fetched). */
const BASE = 'https://hero-elements.invalid/openapi.json';
const doc = openapiDocument as Node;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The node at a JSON pointer (`#/components/schemas/X`) of the document. */
function resolvePointer(pointer: string): unknown {
  const path = pointer.replace(/^[^#]*#/, '');
  let node: unknown = doc;
  for (const segment of path.split('/').slice(1))
    node = isNode(node) || Array.isArray(node) ? (node as Node)[unescapePointer(segment)] : undefined;
  return node;
}

/** Follows `$ref`s until a node without one. */
function deref(node: unknown): unknown {
  for (let i = 0; i < 20 && isNode(node) && typeof node['$ref'] === 'string'; i++) node = resolvePointer(node['$ref']);
  return node;
}

/** A copy of a schema whose local `$ref`s (`#/components/…`) name the document, so it can be validated on its own. */
function anchored(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchored);
  if (!isNode(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${BASE}${value}` : anchored(value),
    ]),
  );
}

// The document's schemas are indexed once, when the mock loads (tens of milliseconds, before any
// request rather than in the middle of one); each schema location gets its anchored copy once.
const lookup = dereference(doc as Schema, Object.create(null) as ReturnType<typeof dereference>, new URL(BASE));
const roots = new Map<string, Schema>();
function check(pointer: string, value: unknown): { valid: boolean; errors: OutputUnit[] } {
  let root = roots.get(pointer);
  if (!root) {
    root = anchored(resolvePointer(pointer)) as Schema;
    roots.set(pointer, root);
  }
  return validate(value, root, '2020-12', lookup, false);
}

/** The node a cfworker `keywordLocation` points at, following `$ref`s as the validator did. */
function schemaAt(rootPointer: string, keywordLocation: string): unknown {
  let node: unknown = resolvePointer(rootPointer);
  for (const segment of keywordLocation.replace(/^#/, '').split('/').slice(1)) {
    const key = unescapePointer(segment);
    node =
      key === '$ref' && isNode(node) && typeof node['$ref'] === 'string'
        ? resolvePointer(node['$ref'])
        : isNode(node) || Array.isArray(node)
          ? (node as Node)[key]
          : undefined;
  }
  return node;
}

/** The type(s) a schema asks for, in words (`string`, `number | null`, `'sms' | 'email'`). */
function expectedOf(schema: unknown): string {
  const node = deref(schema);
  if (!isNode(node)) return 'value';
  if (Array.isArray(node['enum'])) return node['enum'].map((v) => (v === null ? 'null' : `'${String(v)}'`)).join(' | ');
  if (Array.isArray(node['type'])) return node['type'].join(' | ');
  if (typeof node['type'] === 'string') return node['type'];
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(node[key])) return (node[key] as unknown[]).map(expectedOf).join(' | ');
  }
  return 'value';
}

/** `#/a/0/b` → `['a', 0, 'b']`. */
function instancePath(location: string): (string | number)[] {
  return location
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : unescapePointer(segment)));
}

/** Keywords that only say "something inside failed": the inner error is the one to report. */
const WRAPPERS = new Set([
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'allOf',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'unevaluatedItems',
]);

/** cfworker's output units as Hero's 400 items, under `prefix`. */
function toIssues(rootPointer: string, errors: OutputUnit[], prefix: (string | number)[]): ValidationIssue[] {
  // A failed oneOf/anyOf is reported once, as a union, not as each branch's complaints.
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.keywordLocation);
  const insideUnion = (e: OutputUnit) => unions.some((u) => e.keywordLocation.startsWith(`${u}/`));
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword) || insideUnion(error)) continue;
    const path = [...prefix, ...instancePath(error.instanceLocation)];
    const parent = error.keywordLocation.replace(/\/[^/]+$/, '');
    const schema = schemaAt(rootPointer, parent);
    switch (error.keyword) {
      case 'required': {
        const name = /property "(.*)"/.exec(error.error)?.[1] ?? '';
        const property = isNode(deref(schema)) ? ((deref(schema) as Node)['properties'] as Node | undefined)?.[name] : undefined;
        issues.push({ code: 'invalid_type', expected: expectedOf(property), path: [...path, name] });
        break;
      }
      case 'type':
        issues.push({ code: 'invalid_type', expected: expectedOf({ type: (deref(schema) as Node)['type'] }), path });
        break;
      case 'enum':
      case 'const':
        issues.push({ code: 'invalid_enum_value', expected: expectedOf(schema), path });
        break;
      case 'oneOf':
      case 'anyOf':
        issues.push({ code: 'invalid_union', expected: expectedOf(schema), path });
        break;
      case 'pattern':
        issues.push({ code: 'invalid_string', expected: `a string matching ${String((deref(schema) as Node)['pattern'])}`, path });
        break;
      case 'format':
        issues.push({ code: 'invalid_string', expected: String((deref(schema) as Node)['format']), path });
        break;
      case 'minLength':
      case 'minItems':
      case 'minimum':
      case 'exclusiveMinimum':
      case 'minProperties':
        issues.push({ code: 'too_small', expected: `${error.keyword} ${String((deref(schema) as Node)[error.keyword])}`, path });
        break;
      case 'maxLength':
      case 'maxItems':
      case 'maximum':
      case 'exclusiveMaximum':
      case 'maxProperties':
        issues.push({ code: 'too_big', expected: `${error.keyword} ${String((deref(schema) as Node)[error.keyword])}`, path });
        break;
      case 'additionalProperties':
      case 'unevaluatedProperties':
        issues.push({ code: 'unrecognized_keys', expected: 'no other keys', path });
        break;
      default:
        issues.push({ code: 'custom', expected: error.keyword, path });
    }
  }
  // The same problem can be reached twice (through two wrappers): report it once.
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify(issue);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a (dereferenced) parameter schema takes several values: an array, or a union with an array branch. */
function takesArray(schema: unknown): boolean {
  const node = deref(schema);
  if (!isNode(node)) return false;
  if (node['type'] === 'array' || (Array.isArray(node['type']) && node['type'].includes('array'))) return true;
  return ['oneOf', 'anyOf'].some((key) => Array.isArray(node[key]) && (node[key] as unknown[]).some(takesArray));
}

/** The scalar types a schema allows (through unions and array items). */
function scalarTypes(schema: unknown): Set<string> {
  const node = deref(schema);
  const out = new Set<string>();
  if (!isNode(node)) return out;
  const types = Array.isArray(node['type']) ? node['type'] : typeof node['type'] === 'string' ? [node['type']] : [];
  for (const type of types) if (type !== 'array') out.add(String(type));
  if (node['items']) for (const type of scalarTypes(node['items'])) out.add(type);
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    if (Array.isArray(node[key])) for (const branch of node[key] as unknown[]) for (const type of scalarTypes(branch)) out.add(type);
  }
  return out;
}

/** A parameter's text as the type its schema asks for, where it reads as one (else the text, which then fails validation). */
function coerce(text: string, types: Set<string>): unknown {
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (types.has('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

interface OperationInfo {
  pointer: string;
  operation: Node;
  parameters: { parameter: Parameter; schemaPointer: string }[];
}

const operations = new Map<OperationKey, OperationInfo>();

/** The document's operation for `key`, with its parameters resolved. Throws for an operation the document lacks: the mock must not answer what the API does not have. */
function operationFor(key: OperationKey): OperationInfo {
  let info = operations.get(key);
  if (info) return info;
  const [method, path] = key.split(' ') as [string, string];
  const pathItem = (doc['paths'] as Node)[path];
  const operation = isNode(pathItem) ? pathItem[method.toLowerCase()] : undefined;
  if (!isNode(pathItem) || !isNode(operation)) throw new Error(`mock: ${key} is not in src/api/openapi.yaml`);
  const pointer = `#/paths/${escapePointer(path)}/${method.toLowerCase()}`;
  const parameters: OperationInfo['parameters'] = [];
  const collect = (list: unknown, at: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry: unknown, index) => {
      const ref = isNode(entry) && typeof entry['$ref'] === 'string' ? entry['$ref'] : undefined;
      const parameter = deref(entry) as Parameter;
      const schemaPointer = ref ? `${ref.replace(/^[^#]*/, '')}/schema` : `${at}/parameters/${index}/schema`;
      parameters.push({ parameter, schemaPointer });
    });
  };
  collect(pathItem['parameters'], `#/paths/${escapePointer(path)}`);
  collect(operation['parameters'], pointer);
  info = { pointer, operation, parameters };
  operations.set(key, info);
  return info;
}

/**
 * Checks a request against its operation in openapi.yaml: the documented 400 items, or what it
 * carried (parameters typed as the document says, and the parsed body).
 */
export async function validateRequest(
  key: OperationKey,
  request: Request,
  pathParams: Record<string, string | readonly string[] | undefined> = {},
): Promise<ValidRequest | ValidationIssue[]> {
  const { pointer, operation, parameters } = operationFor(key);
  const url = new URL(request.url);
  const issues: ValidationIssue[] = [];
  const out: ValidRequest = { path: {}, query: {}, body: undefined };

  for (const { parameter, schemaPointer } of parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const raw =
      parameter.in === 'path'
        ? [pathParams[parameter.name]].flat().filter((v): v is string => typeof v === 'string')
        : url.searchParams.getAll(parameter.name);
    const present = raw.filter((v) => v !== '');
    if (!present.length) {
      if (parameter.required) issues.push({ code: 'invalid_type', expected: expectedOf(parameter.schema), path: [parameter.name] });
      continue;
    }
    const types = scalarTypes(parameter.schema);
    const schema = deref(parameter.schema);
    // An array parameter repeats its name (form, explode); a string-or-array one is an array when repeated.
    const many = (isNode(schema) && schema['type'] === 'array') || (takesArray(schema) && present.length > 1);
    const value = many ? present.map((v) => coerce(v, types)) : coerce(present[present.length - 1]!, types);
    const result = check(schemaPointer, value);
    if (!result.valid) issues.push(...toIssues(schemaPointer, result.errors, [parameter.name]));
    else (parameter.in === 'path' ? out.path : out.query)[parameter.name] = value;
  }

  const requestBody = deref(operation['requestBody']);
  const content = isNode(requestBody) && isNode(requestBody['content']) ? requestBody['content']['application/json'] : undefined;
  if (isNode(requestBody) && isNode(content)) {
    const text = await request.text();
    if (text.trim() === '') {
      if (requestBody['required']) issues.push({ code: 'invalid_type', expected: 'object', path: [] });
    } else {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        issues.push({ code: 'invalid_json', expected: 'object', path: [] });
        return issues;
      }
      const schemaPointer = `${pointer}/requestBody/content/application~1json/schema`;
      const result = check(schemaPointer, body);
      if (!result.valid) issues.push(...toIssues(schemaPointer, result.errors, []));
      out.body = body;
    }
  }
  return issues.length ? issues : out;
}

/** Whether `validateRequest` refused the request. */
export const isInvalid = (result: ValidRequest | ValidationIssue[]): result is ValidationIssue[] => Array.isArray(result);
