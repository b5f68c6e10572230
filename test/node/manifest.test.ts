/**
 * custom-elements.json is complete: for each element, every `part` its templates set, every
 * `--hero-*` custom property its styles read, every attribute ELEMENTS-API.md names, every public
 * reactive property and every event of its `hero-*.ts` event map (with its detail type) is in the
 * element's manifest entry; internal state is not. (`npm run check` separately fails when the
 * committed manifest is not what the sources generate.)
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CSSResultGroup, ReactiveElement } from 'lit';
import { HeroFormRenderer } from '../../src/components/form-renderer/form-renderer.js';
import { HeroMessageComposer } from '../../src/components/message-composer/message-composer.js';
import { HeroMessageHistory } from '../../src/components/message-history/message-history.js';
import { HeroAppointments } from '../../src/components/appointments/appointments.js';
import { HeroPatientLookup } from '../../src/components/patient-lookup/patient-lookup.js';
import { HeroProvider } from '../../src/components/provider/provider.js';
import { HeroSlotPicker } from '../../src/components/slot-picker/slot-picker.js';

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  privacy?: string;
  kind?: string;
  fieldName?: string;
}
interface Declaration extends Named {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { path: string; declarations?: Declaration[] }[] };

/** ELEMENTS-API.md, "Configuration": on every element and the provider. */
const CONFIG_ATTRIBUTES = ['tenant-id', 'env', 'base-url', 'jwt-token', 'token-url', 'lang', 'auth', 'request-timeout', 'practice-phone'];
const CONFIG_PROPERTIES = [
  'tenantId',
  'env',
  'baseUrl',
  'jwtToken',
  'tokenUrl',
  'tokenProvider',
  'lang',
  'auth',
  'requestTimeout',
  'practicePhone',
];
/** What every element (not the provider) has besides: its heading level, and readiness as state. */
const ELEMENT_ATTRIBUTES = ['heading-level'];
const ELEMENT_PROPERTIES = ['headingLevel', 'ready', 'strings'];

type ElementClass = typeof ReactiveElement & { styles?: CSSResultGroup };
const ELEMENTS: { tag: string; folder: string; cls: ElementClass; attributes: string[] }[] = [
  { tag: 'hero-provider', folder: 'provider', cls: HeroProvider, attributes: [] },
  {
    tag: 'hero-slot-picker',
    folder: 'slot-picker',
    cls: HeroSlotPicker,
    attributes: ['appointment-type-id', 'location-id', 'practitioner-id', 'patient-id', 'start-date', 'days'],
  },
  { tag: 'hero-patient-lookup', folder: 'patient-lookup', cls: HeroPatientLookup, attributes: ['allow-register'] },
  {
    tag: 'hero-form-renderer',
    folder: 'form-renderer',
    cls: HeroFormRenderer,
    attributes: ['form-id', 'patient-id', 'appointment-id', 'response-id'],
  },
  {
    tag: 'hero-message-composer',
    folder: 'message-composer',
    cls: HeroMessageComposer,
    attributes: ['patient-id', 'channels', 'template-id'],
  },
  { tag: 'hero-message-history', folder: 'message-history', cls: HeroMessageHistory, attributes: ['patient-id'] },
  { tag: 'hero-appointments', folder: 'appointments', cls: HeroAppointments, attributes: ['patient-id', 'include-past', 'audience'] },
];

function entry(tag: string): Declaration {
  for (const mod of manifest.modules) {
    const found = mod.declarations?.find((d) => d.customElement && d.tagName === tag);
    if (found) return found;
  }
  assert.fail(`custom-elements.json has no entry for <${tag}>`);
}
const names = (items: Named[] | undefined) => new Set((items ?? []).map((i) => i.name));

/** The element's template sources: its folder's code (not stories, styles or strings). */
function templateSource(folder: string): string {
  const dir = join('src/components', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !/\.(stories|styles|strings)\.ts$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

/** Every part name set in templates: `part="a b"`, and the quoted names in `part=${cond ? 'a b' : 'a'}`. */
function partsIn(source: string): Set<string> {
  const parts = new Set<string>();
  for (const [, literal] of source.matchAll(/\bpart="([^"$]+)"/g)) for (const p of literal!.split(/\s+/)) if (p) parts.add(p);
  for (const [, expression] of source.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
    for (const [, quoted] of expression!.matchAll(/'([^']*)'/g)) for (const p of quoted!.split(/\s+/)) if (p) parts.add(p);
  }
  return parts;
}

const cssText = (styles: CSSResultGroup | undefined): string =>
  Array.isArray(styles)
    ? styles.map((s) => cssText(s as CSSResultGroup)).join('\n')
    : ((styles as { cssText?: string } | undefined)?.cssText ?? '');

const baseSource = readFileSync('src/internal/hero-element.ts', 'utf8');
const errorViewSource = readFileSync('src/internal/error-view.ts', 'utf8');

describe('custom-elements.json', () => {
  for (const { tag, folder, cls, attributes } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      const element = entry(tag);

      it('has a summary and a description', () => {
        assert.ok(element.summary?.trim(), 'summary');
        assert.ok(element.description?.trim(), 'description');
      });

      it('lists every attribute ELEMENTS-API.md names, and the configuration properties', () => {
        const attrs = names(element.attributes);
        const own =
          tag === 'hero-provider' ? { attributes: [], properties: [] } : { attributes: ELEMENT_ATTRIBUTES, properties: ELEMENT_PROPERTIES };
        for (const a of [...CONFIG_ATTRIBUTES, ...own.attributes, ...attributes]) assert.ok(attrs.has(a), `attribute ${a}`);
        const members = names(element.members);
        for (const p of [...CONFIG_PROPERTIES, ...own.properties]) assert.ok(members.has(p), `property ${p}`);
      });

      if (tag !== 'hero-provider') {
        it('lists ready as read-only, and its :state(ready)', () => {
          const ready = element.members?.find((m) => m.name === 'ready') as (Named & { readonly?: boolean }) | undefined;
          assert.equal(ready?.readonly, true, 'ready is read-only');
          assert.ok(ready?.description?.trim(), 'ready has a description');
          assert.ok(
            ((element as { cssStates?: Named[] }).cssStates ?? []).some((s) => s.name === 'ready'),
            '@cssstate ready',
          );
        });
      }

      it('lists every public reactive property with a description and a type, and no internal state', () => {
        (cls as unknown as { finalize(): void }).finalize();
        const members = new Map((element.members ?? []).map((m) => [m.name, m]));
        const attrs = names(element.attributes);
        for (const [key, options] of cls.elementProperties) {
          const name = String(key);
          if (options.state) {
            assert.ok(!members.has(name) && !attrs.has(name), `internal state ${name} is not public API`);
            continue;
          }
          const member = members.get(name);
          assert.ok(member, `property ${name}`);
          assert.ok(member.description?.trim(), `${name} has a description`);
          assert.ok(member.type?.text, `${name} has a type`);
          if (options.attribute !== false) {
            const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
            assert.ok(attrs.has(attribute), `attribute ${attribute} (property ${name})`);
          }
        }
        for (const m of element.members ?? []) {
          assert.ok(!m.privacy || m.privacy === 'public', `${m.name} is ${m.privacy}: not public API`);
          assert.ok(!m.name.startsWith('#'), `${m.name} is private`);
        }
      });

      it('lists every part its templates set', () => {
        let source = templateSource(folder);
        if (tag !== 'hero-provider') {
          // The base's own states (waiting for the configuration, the configuration error), on every element.
          source += baseSource.slice(baseSource.indexOf('protected override render('));
          source += errorViewSource.slice(
            errorViewSource.indexOf('export function errorView('),
            errorViewSource.indexOf('export interface ErrorSummaryItem'),
          );
          // The error summary, where the element uses it.
          if (/this\.renderErrorSummary\(/.test(source))
            source += errorViewSource.slice(errorViewSource.indexOf('export function errorSummaryView('));
        }
        const used = partsIn(source);
        const documented = names(element.cssParts);
        if (tag !== 'hero-provider') assert.ok(used.size > 5, `found the parts of <${tag}> (${[...used].join(' ')})`);
        const missing = [...used].filter((p) => !documented.has(p));
        assert.deepEqual(missing, [], `undocumented parts of <${tag}>: add @csspart lines`);
      });

      it('lists every --hero-* custom property its styles read', () => {
        const css = cssText(cls.styles);
        const read = new Set([...css.matchAll(/var\(\s*(--hero-[\w-]+)/g)].map((m) => m[1]!));
        const documented = names(element.cssProperties);
        if (tag !== 'hero-provider') assert.ok(read.size > 10, `read the styles of <${tag}>`);
        const missing = [...read].filter((p) => !documented.has(p));
        assert.deepEqual(missing, [], `undocumented custom properties of <${tag}>: add @cssprop lines`);
      });

      it('lists every event of its event map, each with its detail type', () => {
        const events = new Map((element.events ?? []).map((e) => [e.name, e]));
        const registration = readFileSync(join('src/components', folder, `hero-${folder}.ts`), 'utf8');
        const declared = [...registration.matchAll(/'(hero-[a-z-]+)':\s*(CustomEvent<[^>]+>)/g)].map(([, name, type]) => ({
          name: name!,
          type: type!,
        }));
        // An element with events of its own declares them in GlobalEventHandlersEventMap (the message history has none).
        if (/GlobalEventHandlersEventMap/.test(registration)) assert.ok(declared.length >= 1, `read the event map of <${tag}>`);
        if (tag !== 'hero-provider') {
          declared.push(
            { name: 'hero-ready', type: 'CustomEvent<Record<string, never>>' },
            { name: 'hero-error', type: 'CustomEvent<HeroErrorDetail>' },
          );
        }
        for (const { name, type } of declared) {
          const event = events.get(name);
          assert.ok(event, `event ${name}`);
          assert.equal(event.type?.text, type, `${name}'s detail type`);
          assert.ok(event.description?.trim(), `${name} has a description`);
        }
      });
    });
  }

  it("names the provider's slot", () => {
    assert.ok(
      (entry('hero-provider').slots ?? []).some((s) => s.name === ''),
      'default slot',
    );
  });

  it("keeps the base classes' hero-ready and hero-error typed for the hero-element.ts event map", () => {
    assert.match(baseSource, /'hero-ready': CustomEvent<HeroEventDetails\['hero-ready'\]>/);
    assert.match(baseSource, /'hero-ready': Record<string, never>/);
    assert.match(baseSource, /'hero-error': CustomEvent<HeroErrorDetail>/);
  });
});
