/**
 * Message template placeholders, written `{{first_name}}` (API-CONTRACT.md, "Messages": the
 * `{{name}}` style is [DESIGNED]). Names are letters, digits and `_`, with optional spaces inside
 * the braces (`{{ first_name }}`); matching is case-insensitive (`{{First_Name}}` is `first_name`).
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** Values to fill placeholders with; empty, null or missing values leave the placeholder unfilled. */
export type PlaceholderValues = Readonly<Record<string, string | null | undefined>>;

/** A run of text: plain, or a placeholder left unfilled (`name` set, `text` the original `{{…}}`). */
export interface TextPart {
  text: string;
  name?: string;
}

export interface FillResult {
  /** The text with every placeholder that has a value replaced. */
  text: string;
  /** Names of the placeholders left in the text, lower-case, each once, in order of appearance. */
  unfilled: string[];
  /** The filled text as runs, for highlighting what is still unfilled. */
  parts: TextPart[];
}

/** The distinct placeholder names in `text`, lower-case, in order of appearance. */
export function findPlaceholders(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = (match[1] as string).toLowerCase();
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function valueOf(values: PlaceholderValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Replaces every placeholder that has a value and reports those left unfilled. */
export function fillPlaceholders(text: string, values: PlaceholderValues): FillResult {
  const parts: TextPart[] = [];
  const unfilled: string[] = [];
  let out = '';
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const index = match.index;
    const name = (match[1] as string).toLowerCase();
    const value = valueOf(values, name);
    plain += text.slice(last, index);
    last = index + match[0].length;
    if (value !== undefined) {
      plain += value;
      continue;
    }
    if (plain) parts.push({ text: plain });
    out += plain + match[0];
    plain = '';
    parts.push({ text: match[0], name });
    if (!unfilled.includes(name)) unfilled.push(name);
  }
  plain += text.slice(last);
  if (plain) parts.push({ text: plain });
  out += plain;
  return { text: out, unfilled, parts };
}

/**
 * The placeholder values a patient's record provides: `title`, `first_name`, `last_name`,
 * `full_name` (title, first and last name) and `name` (first and last). `extra` (e.g. the
 * practice's name as `practice_name`, or host-supplied values) is added, and wins.
 */
export function patientPlaceholderValues(patient: { title?: string | null; first_name?: string | null; last_name?: string | null } | undefined, extra: PlaceholderValues = {}): Record<string, string> {
  const values: Record<string, string> = {};
  const set = (name: string, value: string | null | undefined) => {
    if (value && value.trim()) values[name] = value.trim();
  };
  if (patient) {
    set('title', patient.title);
    set('first_name', patient.first_name);
    set('last_name', patient.last_name);
    set('name', [patient.first_name, patient.last_name].filter(Boolean).join(' '));
    set('full_name', [patient.title, patient.first_name, patient.last_name].filter(Boolean).join(' '));
  }
  for (const [name, value] of Object.entries(extra)) set(name.toLowerCase(), value);
  return values;
}
