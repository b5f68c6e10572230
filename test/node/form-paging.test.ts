import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormField } from '../../src/api/types.js';
import { field, longForm, newPatientForm } from '../../mock/fixtures.js';
import { paginate } from '../../src/components/form-renderer/paging.js';

let next = 0;
const question = (): FormField => field({ form_question_id: String(++next), name: `Q${next}`, type: 'string' });
const paragraph = (): FormField => field({ form_question_id: String(++next), name: `P${next}`, type: 'paragraph' });
const questions = (n: number) => Array.from({ length: n }, question);
const names = (pages: FormField[][]) => pages.map((page) => page.map((f) => f.name).join(' '));

describe('paging', () => {
  it('keeps a short form on one page', () => {
    const fields = [paragraph(), ...questions(5)];
    assert.deepEqual(paginate(fields, 5), [fields]);
    assert.equal(paginate(newPatientForm.fields, 20).length, 1);
  });

  it('never pages with a page size of 0', () => {
    assert.equal(paginate(longForm().fields, 0).length, 1);
  });

  it('pages a long form with sections by section, whatever their size', () => {
    const pages = paginate(longForm().fields, 20);
    assert.equal(pages.length, 10);
    assert.equal(pages[0]?.[0]?.type, 'paragraph');
    assert.equal(pages[0]?.length, 30);
    assert.equal(pages.flat().length, 300);
  });

  it('keeps leading and consecutive paragraphs with the questions after them, and a trailing one with the last page', () => {
    next = 0;
    const fields = [paragraph(), paragraph(), ...questions(2), paragraph(), ...questions(2), paragraph()];
    assert.deepEqual(names(paginate(fields, 3)), ['P1 P2 Q3 Q4', 'P5 Q6 Q7 P8']);
  });

  it('treats a paragraph after a question as the start of a section', () => {
    next = 0;
    const fields = [...questions(3), paragraph(), ...questions(4)];
    assert.deepEqual(names(paginate(fields, 3)), ['Q1 Q2 Q3', 'P4 Q5 Q6 Q7 Q8']);
  });

  it('pages a long form without sections by N questions, a leading paragraph going with the first', () => {
    next = 0;
    const fields = [paragraph(), ...questions(7)];
    assert.deepEqual(names(paginate(fields, 3)), ['P1 Q2 Q3 Q4', 'Q5 Q6 Q7', 'Q8']);
    // One paragraph at the top is not sections: 16 questions at 5 a page.
    assert.deepEqual(
      paginate(newPatientForm.fields, 5).map((page) => page.filter((f) => f.type !== 'paragraph').length),
      [5, 5, 5, 1],
    );
  });
});
