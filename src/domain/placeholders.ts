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
export function patientPlaceholderValues(
  patient: { title?: string | null; first_name?: string | null; last_name?: string | null } | undefined,
  extra: PlaceholderValues = {},
): Record<string, string> {
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

// ───────── Template fields and links (issue 14.7, 17.2) ─────────
// What a template asks staff for: every placeholder the kit cannot fill becomes a labelled field
// (a date, a time or free text, read from its name), and `{{booking_link}}` / `{{form_link}}` are
// the link the kit creates through the API. Staff never see or edit curly brackets.

/**
 * The links a template can carry: `GET /v1/templates` names `link: "booking" | "form"`; a video
 * consultation link (`POST /v1/video_links`) comes only from a `{{video_link}}` placeholder.
 */
export type LinkKind = 'booking' | 'form' | 'video';

/** The placeholder each kind of link fills. */
export const LINK_PLACEHOLDERS: Readonly<Record<LinkKind, string>> = { booking: 'booking_link', form: 'form_link', video: 'video_link' };

/** How a placeholder is filled: by a created link, or by staff in a date, time or text field. */
export type PlaceholderKind = 'link' | 'date' | 'time' | 'text';

/** The kind of link a placeholder stands for, if it is a link placeholder. */
export function linkKindOf(name: string): LinkKind | undefined {
  const lower = name.toLowerCase();
  return (Object.keys(LINK_PLACEHOLDERS) as LinkKind[]).find((kind) => LINK_PLACEHOLDERS[kind] === lower);
}

/**
 * The field a placeholder needs, read from its name: `…_link` placeholders of a known kind are
 * links; `date` or a name ending `_date` a date (`{{appointment_date}}`); `time` or `…_time` a
 * time of day; anything else free text.
 */
export function placeholderKind(name: string): PlaceholderKind {
  const lower = name.toLowerCase();
  if (linkKindOf(lower)) return 'link';
  if (/(^|_)date$/.test(lower)) return 'date';
  if (/(^|_)time$/.test(lower)) return 'time';
  return 'text';
}

/** A readable label from a placeholder's name: `appointment_date` → "Appointment date". */
export function placeholderLabel(name: string): string {
  const words = name.toLowerCase().replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Where a date placeholder's date must lie: an appointment's date is today or later (a reminder
 * for a date already gone is a typo, not a message). Others take any real date.
 */
export function placeholderDateRule(name: string): 'today-or-future' | undefined {
  return /appointment/.test(name.toLowerCase()) ? 'today-or-future' : undefined;
}

/** One question a template asks: a placeholder the kit cannot fill. */
export interface TemplateAsk {
  /** The placeholder's name, lower-case. */
  name: string;
  kind: Exclude<PlaceholderKind, 'link'>;
}

/** What using a template takes. */
export interface TemplatePlan {
  /** The text to fill: the template's, with the link's placeholder added at the end when the template has a link but no placeholder for it. */
  content: string;
  /** The link the message carries (created through the API), if any. */
  link: LinkKind | undefined;
  /** The placeholders staff fill in, in order of appearance. */
  asks: TemplateAsk[];
  /** Link placeholders of another kind than the template's link: the kit cannot fill them, so the template cannot be sent as it is. */
  unsupported: string[];
}

/**
 * Plans a template: its link (the template's `link`, else the first link placeholder in its
 * text), and the placeholders staff must fill: those `known` leaves empty, links apart.
 * [DESIGNED] A template whose `link` is booking or form but whose text has no placeholder for it
 * gets the link added at the end, so the patient always sees the link that is sent.
 */
export function planTemplate(template: { content: string; link?: string | null | undefined }, known: PlaceholderValues): TemplatePlan {
  const declared = template.link === 'booking' || template.link === 'form' ? template.link : undefined;
  const names = findPlaceholders(template.content);
  const link = declared ?? names.map(linkKindOf).find((kind) => kind !== undefined);
  const content =
    link && !names.includes(LINK_PLACEHOLDERS[link]) ? `${template.content.trimEnd()}\n\n{{${LINK_PLACEHOLDERS[link]}}}` : template.content;
  const asks: TemplateAsk[] = [];
  const unsupported: string[] = [];
  for (const name of names) {
    const kind = placeholderKind(name);
    if (kind === 'link') {
      if (linkKindOf(name) !== link) unsupported.push(name);
    } else if (valueOf(known, name) === undefined) asks.push({ name, kind });
  }
  return { content, link, asks, unsupported };
}

/**
 * The practice's placeholder values from `GET /v1/me`: `practice_name`, and `practice_phone`
 * when the practice has one.
 */
export function practicePlaceholderValues(practice: { name?: string | null; phone?: string | null } | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  if (practice?.name?.trim()) values['practice_name'] = practice.name.trim();
  if (practice?.phone?.trim()) values['practice_phone'] = practice.phone.trim();
  return values;
}

/**
 * A run of the preview: text as the patient will read it, or a gap staff have yet to fill (`name`
 * set; `text` its label, never its curly brackets). The shape of `TextPart`, so a preview that
 * draws `fillPlaceholders(...).parts` draws these too.
 */
export type PreviewPart = TextPart;

/**
 * The preview of `content` with `values` (links included, as their URLs): each placeholder still
 * without a value becomes a gap whose text is `label(name)`, so no curly bracket reaches people.
 */
export function previewParts(content: string, values: PlaceholderValues, label: (name: string) => string): PreviewPart[] {
  return fillPlaceholders(content, values).parts.map((part) =>
    part.name ? { text: label(part.name), name: part.name } : { text: part.text },
  );
}
