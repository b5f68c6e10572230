/**
 * Headings at the host page's level, the summary list, and the kit's one width rule.
 *
 * Assertions compare strings and booleans only: chai must never print a Lit element.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { clampLevel, renderHeading, renderSummaryList, subLevel } from '../../../src/internal/ui/index.js';
import { $, $$, piece, text } from './support.js';

describe('headings', () => {
  it('clamps a heading level to 1–6, and falls back to 2 when there is none', () => {
    expect([0, 1, 2, 6, 7, 99, -3].map((n) => clampLevel(n))).to.deep.equal([1, 1, 2, 6, 6, 6, 1]);
    expect([undefined, null, '', 'three', Number.NaN].map((n) => clampLevel(n))).to.deep.equal([2, 2, 2, 2, 2]);
    expect(clampLevel('4')).to.equal(4);
    expect(clampLevel(2.6)).to.equal(3);
    expect(clampLevel(undefined, 3)).to.equal(3);
  });

  it('puts sub-headings one level deeper, never past 6', () => {
    expect([1, 2, 5, 6, 9].map(subLevel)).to.deep.equal([2, 3, 6, 6, 6]);
  });

  it('renders a real heading element at each level, styled by size rather than level', async () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const el = await piece(
        () =>
          html`${renderHeading(level, 'Choose a time', { id: 'title', size: 'l' })}${renderHeading(subLevel(level), 'Morning', { size: 's' })}`,
      );
      const [heading, sub] = $$(el, '.heading');
      expect(heading!.tagName).to.equal(`H${level}`);
      expect(sub!.tagName).to.equal(`H${Math.min(6, level + 1)}`);
      expect(heading!.id).to.equal('title');
      expect(heading!.getAttribute('part')).to.equal('heading');
      expect(getComputedStyle(heading!).fontSize).to.equal('24px');
      expect(getComputedStyle(sub!).fontSize).to.equal('16px');
      await expect(el).to.be.accessible();
    }
  });

  it('can take focus from script (a new step) without a focus ring, and is not in the tab order', async () => {
    const el = await piece(() => html`${renderHeading(2, 'Check your answers', { id: 'check', focusable: true })}<button>Send</button>`);
    const heading = $(el, '#check');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    heading.focus();
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(getComputedStyle(heading).outlineStyle).to.equal('none');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
  });
});

describe('summary list', () => {
  const changed: string[] = [];
  const view = () =>
    renderSummaryList([
      { key: 'Name', value: 'Olivia Jones', action: { label: 'Change', onClick: () => changed.push('name'), id: 'change-name' } },
      { key: 'Date of birth', value: '14 March 1985', action: { label: 'Change', onClick: () => changed.push('dob') } },
      { key: 'NHS number', value: '999 000 0018', action: { label: 'Change', href: '#nhs', hiddenText: 'the NHS number' } },
      { key: 'Address', value: html`1 High Street<br />Bristol<br />BS1 1AA` },
    ]);

  beforeEach(() => {
    changed.length = 0;
  });

  it('is a description list of key, value and action rows, and is accessible', async () => {
    const el = await piece(view);
    const rows = $$(el, '.summary-list > .summary-row');
    expect(rows.length).to.equal(4);
    expect(rows.map((row) => [...row.children].map((c) => c.tagName).join(' '))).to.deep.equal([
      'DT DD DD',
      'DT DD DD',
      'DT DD DD',
      'DT DD',
    ]);
    expect(rows.map((row) => text(row.querySelector('dt')))).to.deep.equal(['Name', 'Date of birth', 'NHS number', 'Address']);
    expect(text(rows[3]!.querySelector('.summary-value'))).to.equal('1 High StreetBristolBS1 1AA');
    await expect(el).to.be.accessible();
  });

  it('tells each "Change" apart for screen readers only, by the row’s key unless told otherwise', async () => {
    const el = await piece(view);
    const actions = $$(el, '[part="summary-action"]');
    expect(actions.map((a) => text(a))).to.deep.equal(['Change name', 'Change date of birth', 'Change the NHS number']);
    expect(actions.map((a) => a.tagName)).to.deep.equal(['BUTTON', 'BUTTON', 'A']);
    expect(actions[2]!.getAttribute('href')).to.equal('#nhs');
    for (const action of actions) {
      expect(action.querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
      // WCAG 2.2 target size (minimum): 24 × 24 px.
      expect(action.getBoundingClientRect().height).to.be.at.least(24);
      expect(action.getBoundingClientRect().width).to.be.at.least(24);
    }
  });

  it('runs each action from the keyboard', async () => {
    const el = await piece(view);
    $(el, '#change-name').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(changed).to.deep.equal(['name', 'dob']);
  });

  it('puts key, value and action on one line where there is room, and stacks them where there is not', async () => {
    const el = await piece(view);
    el.style.width = '600px';
    const wide = (selector: string) => $(el, `.summary-row ${selector}`).getBoundingClientRect();
    expect(wide('.summary-key').top).to.equal(wide('.summary-value').top);
    // Columns line up from row to row, with or without an action.
    const values = $$(el, '.summary-value').map((value) => value.getBoundingClientRect().left);
    expect(new Set(values).size).to.equal(1);
    el.style.width = '280px';
    expect(wide('.summary-value').top).to.be.greaterThan(wide('.summary-key').top);
  });
});

describe('width', () => {
  it('grows no wider than --hero-max-width, 40rem unless a theme or page says otherwise', async () => {
    const el = await piece(() => html`<p>Any element</p>`);
    expect(getComputedStyle(el).maxWidth).to.equal('640px');
    el.style.setProperty('--hero-max-width', '30rem');
    expect(getComputedStyle(el).maxWidth).to.equal('480px');
  });
});
