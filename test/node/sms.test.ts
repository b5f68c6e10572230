/**
 * SMS segment counting (src/domain/sms.ts) against hand-checked vectors: the GSM-7 and UCS-2
 * limits, extension characters and surrogate pairs at segment boundaries, and the characters that
 * force UCS-2 (Welsh ŵ and ŷ, curly quotes, emoji); the six-message cap; invisible characters,
 * named by code point and removed by the same replacement as curly quotes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  codePoint,
  countSms,
  describeChar,
  GSM_REPLACEMENTS,
  INVISIBLE_CHARACTERS,
  isGsm7,
  isInvisible,
  replaceableChars,
  replaceForGsm,
  replaceWithGsm,
  SMS_MAX_SEGMENTS,
  smsMaxUnits,
} from '../../src/domain/sms.js';

const a = (n: number) => 'a'.repeat(n);

describe('countSms: GSM-7', () => {
  it('counts empty text as no characters and no segments', () => {
    assert.deepEqual(countSms(''), { encoding: 'gsm7', characters: 0, units: 0, segments: 0, perSegment: 160, remaining: 160, nonGsm: [] });
  });

  it('fits 160 characters in one segment', () => {
    const c = countSms(a(160));
    assert.equal(c.encoding, 'gsm7');
    assert.equal(c.units, 160);
    assert.equal(c.segments, 1);
    assert.equal(c.remaining, 0);
  });

  it('splits 161 characters into two segments of up to 153', () => {
    const c = countSms(a(161));
    assert.equal(c.segments, 2);
    assert.equal(c.perSegment, 153);
    assert.equal(c.remaining, 153 * 2 - 161);
  });

  it('fits 306 characters in two segments and needs a third for 307', () => {
    assert.equal(countSms(a(306)).segments, 2);
    assert.equal(countSms(a(306)).remaining, 0);
    assert.equal(countSms(a(307)).segments, 3);
  });

  it('fits 918 characters in six segments and needs a seventh for 919', () => {
    assert.equal(countSms(a(918)).segments, 6);
    assert.equal(countSms(a(919)).segments, 7);
  });

  it('counts each extension character as two units', () => {
    for (const ch of ['^', '{', '}', '\\', '[', '~', ']', '|', '€']) {
      const c = countSms(ch);
      assert.equal(c.encoding, 'gsm7', ch);
      assert.equal(c.units, 2, ch);
      assert.equal(c.characters, 1, ch);
    }
  });

  it('counts the basic set’s accented letters, Greek capitals, £, @ and new lines as one unit', () => {
    const c = countSms('@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\n');
    assert.equal(c.encoding, 'gsm7');
    assert.equal(c.units, c.characters);
  });

  it('fits 158 characters and a euro sign (160 units) in one segment, but not 159 and a euro sign', () => {
    assert.equal(countSms(a(158) + '€').segments, 1);
    assert.equal(countSms(a(158) + '€').remaining, 0);
    assert.equal(countSms(a(159) + '€').units, 161);
    assert.equal(countSms(a(159) + '€').segments, 2);
  });

  it('never splits an escape pair: 152 characters then € moves the € to the next segment', () => {
    // Segment 1: 152 a (the € does not fit in the one unit left); segment 2: € (2) + 151 a = 153; segment 3: 1 a.
    const c = countSms(a(152) + '€' + a(152));
    assert.equal(c.units, 306);
    assert.equal(c.segments, 3, 'a naive count (306 / 153) would say 2');
    assert.equal(c.remaining, 152);
  });

  it('lets an escape pair end a segment exactly: 151 characters then € fill 153 units', () => {
    const c = countSms(a(151) + '€' + a(153));
    assert.equal(c.segments, 2);
    assert.equal(c.remaining, 0);
  });
});

describe('countSms: UCS-2', () => {
  it('switches the whole message to UCS-2 for Welsh ŵ and ŷ', () => {
    for (const ch of ['ŵ', 'ŷ', 'Ŵ', 'Ŷ']) {
      const c = countSms(`Bore da, ${ch}`);
      assert.equal(c.encoding, 'ucs2', ch);
      assert.deepEqual(c.nonGsm, [ch]);
    }
    assert.equal(countSms('Gŵyl y Banc').units, 11);
  });

  it('switches to UCS-2 for curly quotes and names each forcing character once, in order', () => {
    const c = countSms('It’s “fine”, it’s fine');
    assert.equal(c.encoding, 'ucs2');
    assert.deepEqual(c.nonGsm, ['’', '“', '”']);
  });

  it('fits 70 units in one segment', () => {
    const c = countSms('ŵ' + a(69));
    assert.equal(c.units, 70);
    assert.equal(c.segments, 1);
    assert.equal(c.perSegment, 70);
    assert.equal(c.remaining, 0);
  });

  it('splits 71 units into two segments of up to 67', () => {
    const c = countSms('ŵ' + a(70));
    assert.equal(c.segments, 2);
    assert.equal(c.perSegment, 67);
    assert.equal(c.remaining, 67 * 2 - 71);
  });

  it('counts extension characters as one unit in UCS-2', () => {
    assert.equal(countSms('ŵ€[').units, 3);
  });

  it('counts an emoji as one character and two units, and names it whole', () => {
    const c = countSms('Hi 👋');
    assert.equal(c.encoding, 'ucs2');
    assert.equal(c.characters, 4);
    assert.equal(c.units, 5);
    assert.deepEqual(c.nonGsm, ['👋']);
  });

  it('never splits a surrogate pair: an emoji at unit 67 moves to the next segment', () => {
    // Segment 1: 66 a (the emoji does not fit in the one unit left); segment 2: emoji (2) + 65 a = 67; segment 3: 1 a.
    const c = countSms(a(66) + '😀' + a(66));
    assert.equal(c.units, 134);
    assert.equal(c.segments, 3, 'a naive count (134 / 67) would say 2');
    assert.equal(c.remaining, 66);
  });

  it('lets a surrogate pair end a segment exactly', () => {
    const c = countSms(a(65) + '😀' + a(67));
    assert.equal(c.segments, 2);
    assert.equal(c.remaining, 0);
  });

  it('fits 70 units with an emoji at the end in one segment', () => {
    assert.equal(countSms(a(68) + '😀').segments, 1);
    assert.equal(countSms(a(69) + '😀').segments, 2);
  });
});

describe('GSM-7 helpers', () => {
  it('isGsm7 tells GSM-7 text from text that needs UCS-2', () => {
    assert.equal(isGsm7('Dear Olivia, your results are normal. £0 [free] €5'), true);
    assert.equal(isGsm7('Dear Siân'), false);
    assert.equal(isGsm7('Dear Dafydd, Tŷ Gwyn'), false);
  });

  it('replaceWithGsm turns curly quotes, dashes, ellipses and odd spaces into GSM-7', () => {
    const fixed = replaceWithGsm('It’s “fine” – really—ok…\u00a0‘yes’');
    assert.equal(fixed, "It's \"fine\" - really-ok... 'yes'");
    assert.equal(countSms(fixed).encoding, 'gsm7');
  });

  it('replaceableChars picks only the characters replaceWithGsm can fix', () => {
    assert.deepEqual(replaceableChars(['’', 'ŵ', '😀', '–']), ['’', '–']);
  });
});

describe('the six-message cap', () => {
  it('is six text messages: 918 units in GSM-7, 402 in UCS-2', () => {
    assert.equal(SMS_MAX_SEGMENTS, 6);
    assert.equal(smsMaxUnits('gsm7'), 918);
    assert.equal(smsMaxUnits('ucs2'), 402);
    assert.equal(countSms(a(918)).segments, 6);
    assert.equal(countSms(a(919)).segments, 7);
    assert.equal(countSms('ŵ' + a(401)).segments, 6);
    assert.equal(countSms('ŵ' + a(402)).segments, 7);
  });
});

/** Every invisible character the brief names, by code point. */
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u2028', '\u2029', '\u180e'];

describe('invisible characters', () => {
  it('knows exactly the eight named ones', () => {
    assert.deepEqual(Object.keys(INVISIBLE_CHARACTERS).sort(), [...INVISIBLES].sort());
    for (const ch of INVISIBLES) assert.equal(isInvisible(ch), true, codePoint(ch));
    for (const ch of [' ', 'a', '\u00a0', '’', '😀']) assert.equal(isInvisible(ch), false, codePoint(ch));
  });

  it('names them by code point (4 hex digits, upper case) and Unicode name, never as themselves', () => {
    assert.deepEqual(describeChar('\u200b'), { char: '\u200b', codePoint: 'U+200B', invisible: true, name: 'ZERO WIDTH SPACE' });
    assert.equal(describeChar('\u180e').codePoint, 'U+180E');
    assert.equal(describeChar('\ufeff').codePoint, 'U+FEFF');
    assert.equal(describeChar('\u2029').name, 'PARAGRAPH SEPARATOR');
    assert.deepEqual(describeChar('ŵ'), { char: 'ŵ', codePoint: 'U+0175', invisible: false });
    assert.equal(codePoint('😀'), 'U+1F600');
  });

  it('each forces UCS-2 and is listed among the characters that did', () => {
    for (const ch of INVISIBLES) {
      const c = countSms(`Your results are normal.${ch} Thank you`);
      assert.equal(c.encoding, 'ucs2', codePoint(ch));
      assert.deepEqual(c.nonGsm, [ch], codePoint(ch));
    }
  });

  it('each is replaceable, and the replacement makes the text GSM-7 again', () => {
    assert.deepEqual(replaceableChars(INVISIBLES), INVISIBLES);
    for (const ch of INVISIBLES) {
      const fixed = replaceWithGsm(`Call us${ch} on 01454 412345`);
      assert.equal(countSms(fixed).encoding, 'gsm7', codePoint(ch));
    }
  });

  it('removes the zero-width ones and turns line and paragraph separators into line breaks', () => {
    assert.equal(replaceWithGsm('\ufeffDear\u200b Olivia,\u2060 call\u180e us\u200c.\u200d'), 'Dear Olivia, call us.');
    assert.equal(replaceWithGsm('Line one\u2028Line two\u2029Next paragraph'), 'Line one\nLine two\n\nNext paragraph');
  });

  it('is the same Replace as for curly quotes: one pass fixes both, and says how many it replaced', () => {
    const { text, replaced } = replaceForGsm('It’s\u200b “fine”\u00a0– ok');
    assert.equal(text, 'It\'s "fine" - ok');
    assert.equal(replaced, 6);
    assert.equal(countSms(text).encoding, 'gsm7');
    for (const ch of INVISIBLES) assert.ok(ch in GSM_REPLACEMENTS, codePoint(ch));
  });

  it('keeps a joiner that shapes its neighbours (emoji sequences, Persian, Indic), and does not name it', () => {
    const family = '👨\u200d👩\u200d👧';
    const persian = 'می\u200cخواهم';
    const hindi = 'क्\u200dष';
    for (const text of [family, persian, hindi, '❤️\u200d🔥']) {
      assert.equal(replaceWithGsm(`Hi ${text}`), `Hi ${text}`, text);
      assert.equal(replaceForGsm(`Hi ${text}`).replaced, 0, text);
      const c = countSms(`Hi ${text}`);
      assert.equal(c.encoding, 'ucs2');
      assert.ok(!c.nonGsm.includes('\u200d') && !c.nonGsm.includes('\u200c'), `${text}: the joiner is not named`);
    }
  });

  it('removes a stray joiner: next to a GSM-7 character, a space, the ends, or a character the replacement turns into GSM-7', () => {
    for (const [input, output] of [
      ['Dr\u200dSmith', 'DrSmith'],
      ['\u200d😀', '😀'],
      ['😀\u200d', '😀'],
      ['😀 \u200d😀', '😀 😀'],
      ['’\u200d’', "''"],
    ] as const) {
      assert.equal(replaceWithGsm(input), output, JSON.stringify(input));
      assert.ok(countSms(input).nonGsm.includes('\u200d'), `${JSON.stringify(input)}: the stray joiner is named`);
    }
  });
});
