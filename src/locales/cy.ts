/**
 * Cymraeg (Welsh, `cy`): every string of every element, for NHS Wales (GIG Cymru).
 *
 * NEEDS REVIEW: these translations were written by the developers, not by a professional
 * translator. Under the Welsh Language Standards, have a professional Welsh translator review
 * them (terminology, mutations, plurals, tone) before production use.
 *
 * Loaded only when an element speaks Welsh (`import()` from src/internal/localize.ts; in the
 * script-tag build this module is the sibling file `hero-elements.cy.js`), so English readers
 * never download it. Exports `common` and one table per element, named by the element's
 * `translationKey`. Data from the API (names, form questions, templates) is never translated.
 *
 * Terms we were least sure of, for the translator: "Spine y GIG", "mewngofnodi GIG (NHS login)",
 * "Ap GIG", the badge "Wedi marw", "Ie"/"Na" as answers, "Gyda’r nos", "clinigydd", "Galwad fideo",
 * "Pris" (cost), "nod" (character), "danfon" (deliver), "credyd SMS", "Neilltuo i",
 * "{count} ar gael" (times on a day), and the lookup's "Rhaid i’r {label_lower} …" date messages,
 * which assume a masculine label (it is always "dyddiad geni").
 *
 * Style notes: where a placeholder follows a word that would mutate it ("ar", "i", "gyda"), the
 * sentence is built so that nothing needs mutating (a colon, or the placeholder first), because
 * a placeholder's value cannot be mutated reliably. Counts use Welsh numeral + singular noun,
 * with forms chosen by `Intl.PluralRules('cy')` where the noun changes.
 */
import type { FormStrings } from '../components/form-renderer/form-strings.js';
import type { MessageComposerStrings } from '../components/message-composer/message-composer.strings.js';
import type { MessageHistoryStrings } from '../components/message-history/message-history.strings.js';
import type { PatientLookupStrings } from '../components/patient-lookup/patient-lookup.js';
import type { BookingConfirmationStrings } from '../components/slot-picker/booking-confirmation.strings.js';
import type { SlotPickerStrings } from '../components/slot-picker/slot-picker.js';
import type { CommonStrings } from '../internal/hero-element.strings.js';
import type { DateFormatter, Message, MessageVars } from '../internal/localize.js';

/** A complete table: every key of the English one. */
type Complete<T> = { readonly [K in keyof T]: Message };

/** Welsh plural categories: Intl's where the browser has Welsh data, else CLDR's rule for `cy`. */
const rules: { select(n: number): Intl.LDMLPluralRule } = Intl.PluralRules.supportedLocalesOf('cy').length
  ? new Intl.PluralRules('cy')
  : { select: (n) => (['zero', 'one', 'two', 'few', 'other', 'other', 'many'] as const)[n] ?? 'other' };
const fill = (text: string, vars: MessageVars) => text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
/** Chooses a form by the Welsh plural category of `{count}` (zero, one, two, few, many, other). */
const plural =
  (forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  (vars: MessageVars): string =>
    fill(forms[rules.select(Number(vars['count']))] ?? forms.other, vars);

// ───────── Dates, for browsers whose Intl has no Welsh (Debian's and Google's Chromium builds) ─────────

const MONTHS = 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(' ');
const MONTHS_SHORT = 'Ion Chwef Maw Ebr Mai Meh Gorff Awst Medi Hyd Tach Rhag'.split(' ');
const DAYS = 'Sul Llun Mawrth Mercher Iau Gwener Sadwrn'.split(' ');
const DAYS_SHORT = 'Sul Llun Maw Mer Iau Gwen Sad'.split(' ');

/**
 * Dates as CLDR writes them in Welsh (cy-GB), for `Intl.DateTimeFormat` options: `Dydd Mawrth,
 * 3 Tachwedd 2026`, `Maw, 3 Tach`, dateStyle `long` `3 Tachwedd 2026`, times `9:30`. The
 * numbers come from Intl in the options' time zone, read in English (which every browser has).
 */
export const formatDate: DateFormatter = (date, options) => {
  const parts: Record<string, string> = {};
  const { timeZone } = options;
  for (const part of new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)) {
    parts[part.type] = part.value;
  }
  if (options.hour) return `${Number(parts['hour']) % 24}:${parts['minute']}`;
  const month = Number(parts['month']) - 1;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts['weekday'] ?? '');
  const style = options.dateStyle;
  const long = style === 'long' || style === 'full' || options.month === 'long';
  const day = [
    style === 'full' || options.weekday === 'long' ? `Dydd ${DAYS[weekday]},` : options.weekday ? `${DAYS_SHORT[weekday]},` : '',
    parts['day'],
    (long ? MONTHS : MONTHS_SHORT)[month],
    style || options.year ? parts['year'] : '',
  ];
  return day.filter(Boolean).join(' ');
};

export const common = {
  loading: 'Wrthi’n llwytho…',
  retry: 'Rhowch gynnig arall arni',
  'summary.title': 'Mae problem wedi codi',
  'error.config':
    'Nid yw hyn wedi’i osod eto. Mae angen grŵp practis (tenant-id) a ffordd o gael tocynnau mynediad (token-url, jwt-token neu tokenProvider), neu auth="proxy" gyda base-url, ar yr elfen neu ar <hero-provider> o’i chwmpas.',
  'error.patient.auth': 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen.',
  'error.patient.network': 'Mae’n ddrwg gennym, nid oedd modd cysylltu. Gwiriwch eich cysylltiad â’r rhyngrwyd a rhowch gynnig arall arni.',
  'error.patient.not_found': 'Mae’n ddrwg gennym, nid oedd modd dod o hyd i’r hyn roeddech chi’n chwilio amdano. Efallai ei fod wedi cael ei newid neu ei dynnu.',
  'error.patient.validation': 'Mae’n ddrwg gennym, nid oedd modd derbyn hyn. Gwiriwch eich atebion a rhowch gynnig arall arni.',
  'error.patient.conflict': 'Mae’n ddrwg gennym, cafodd hyn ei newid tra oeddech chi’n ei ddefnyddio. Rhowch gynnig arall arni i weld y fersiwn ddiweddaraf.',
  'error.patient.rate_limited': 'Mae’n ddrwg gennym, mae’r gwasanaeth yn brysur. Arhoswch funud, yna rhowch gynnig arall arni.',
  'error.patient.server': 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen.',
  'error.patient.call': 'Os oes angen help arnoch nawr, ffoniwch eich meddygfa ar {phone}.',
  'error.patient.contact': 'Os oes angen help arnoch nawr, cysylltwch â’ch meddygfa.',
  'error.staff.auth': 'Nid yw’r cysylltiad â Hero wedi’i awdurdodi. Mewngofnodwch eto; os yw hyn yn dal i ddigwydd, gofynnwch i’ch gweinyddwr wirio’r gosodiadau.',
  'error.staff.network': 'Nid oedd modd cysylltu â Hero. Gwiriwch eich cysylltiad â’r rhyngrwyd, yna rhowch gynnig arall arni.',
  'error.staff.not_found': 'Nid oedd modd dod o hyd i hyn. Efallai ei fod wedi cael ei newid neu ei dynnu.',
  'error.staff.validation': 'Nid oedd Hero yn gallu derbyn hyn. Gwiriwch y manylion, yna rhowch gynnig arall arni.',
  'error.staff.conflict': 'Newidiodd rhywun arall hyn ar yr un pryd. Rhowch gynnig arall arni i weld y fersiwn ddiweddaraf.',
  'error.staff.rate_limited': 'Cafodd gormod o geisiadau eu gwneud. Arhoswch funud, yna rhowch gynnig arall arni.',
  'error.staff.server': 'Mae gan Hero broblem. Rhowch gynnig arall arni ymhen ychydig funudau.',
} satisfies Complete<CommonStrings>;

const minutes = (text: string) => plural({ two: text.replace('{count} munud', '{count} funud'), other: text });

// ───────── The slot picker's booked-appointment screen (booking-confirmation.ts), spread into `slotPicker` by the picker ─────────
// "awr" stays singular after a numeral ("24 awr"); times follow "am" as digits, so nothing mutates.

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- spread into `slotPicker` when the picker spreads the English table
const bookingConfirmation = {
  'confirmation.heading': 'Apwyntiad wedi’i drefnu',
  'confirmation.reference': 'Cyfeirnod yr apwyntiad',
  'confirmation.reference.patient': 'Rhowch y cyfeirnod hwn os byddwch yn cysylltu â’r feddygfa am eich apwyntiad.',
  'confirmation.reference.staff': 'Defnyddiwch y cyfeirnod hwn i ddod o hyd i’r apwyntiad yn Hero.',
  'confirmation.details': 'Manylion yr apwyntiad',
  'confirmation.patient': 'Claf',
  'confirmation.nhsNumber': 'Rhif GIG',
  'confirmation.dob': 'Dyddiad geni',
  'confirmation.when': 'Dyddiad ac amser',
  'confirmation.whenValue': '{day} am {time}',
  'confirmation.type': 'Apwyntiad',
  'confirmation.with': 'Gyda',
  'confirmation.where': 'Ble',
  'confirmation.length': 'Hyd',
  'confirmation.cost': 'Pris',
  'confirmation.minutes': minutes('{count} munud'),
  'confirmation.telephone': 'Dros y ffôn',
  'confirmation.video': 'Galwad fideo',
  'confirmation.unknownPractitioner': 'Clinigydd',
  'confirmation.unknownLocation': 'Y feddygfa',

  'confirmation.telephone.heading': 'Eich apwyntiad dros y ffôn',
  'confirmation.telephone.patient': 'Bydd y feddygfa’n eich ffonio {day} am tua {time}. Cadwch eich ffôn gyda chi ac wedi’i droi ymlaen. Efallai na fydd rhif y galwr yn cael ei ddangos.',
  'confirmation.telephone.staff': 'Ffoniwch y claf {day} am {time}. Gwiriwch ei rif ffôn yn ei gofnod cyn yr alwad.',
  'confirmation.video.heading': 'Eich apwyntiad fideo',
  'confirmation.video.patient': 'Ymunwch â’r alwad ychydig funudau cyn {time}, {day}, ar ffôn, llechen neu gyfrifiadur sydd â chamera.',
  'confirmation.video.staff': 'Mae’r claf yn ymuno â’r alwad fideo drwy’r ddolen yn ei gadarnhad.',
  'confirmation.video.join': 'Ymuno â’r alwad fideo',
  'confirmation.video.open': 'Agor yr alwad fideo',
  'confirmation.video.noLink': 'Bydd y feddygfa’n anfon dolen atoch i ymuno â’r alwad cyn eich apwyntiad.',
  'confirmation.video.noLinkStaff': 'Nid oes dolen fideo ar yr apwyntiad hwn eto. Anfonwch ddolen at y claf cyn yr apwyntiad.',
  'confirmation.newTab': '(yn agor mewn tab newydd)',

  'confirmation.cancel.patient': 'Os na allwch fynd, canslwch o leiaf {count} awr cyn eich apwyntiad, er mwyn i rywun arall gael yr amser.',
  'confirmation.cancel.staff': 'Gall y claf ganslo hyd at {count} awr cyn yr apwyntiad.',
  'confirmation.cancel.call': 'I ganslo neu newid yr apwyntiad, ffoniwch y feddygfa ar {phone}.',
  'confirmation.cancel.contact': 'I ganslo neu newid yr apwyntiad, cysylltwch â’r feddygfa.',

  'confirmation.calendar.heading': 'Ychwanegu at eich calendr',
  'confirmation.calendar.staffHeading': 'Ychwanegu at galendr',
  'confirmation.calendar.download': 'Lawrlwytho ffeil calendr (.ics)',
  'confirmation.calendar.downloadHint': 'Mae’n gweithio gydag Apple Calendar, Outlook a’r rhan fwyaf o apiau calendr.',
  'confirmation.calendar.google': 'Ychwanegu at Google Calendar',
  'confirmation.calendar.outlook': 'Ychwanegu at Outlook.com',
  'confirmation.calendar.title': '{type} – {practice}',
  'confirmation.calendar.reference': 'Cyfeirnod yr apwyntiad: {reference}',
  'confirmation.calendar.telephone': 'Bydd y feddygfa’n eich ffonio.',
  'confirmation.calendar.video': 'Galwad fideo: {url}',

  'confirmation.print': 'Argraffu’r dudalen hon',

  'confirmation.form.heading': 'Cyn eich apwyntiad',
  'confirmation.form.staffHeading': 'Ffurflen ar gyfer yr apwyntiad hwn',
  'confirmation.form.patient': 'Llenwch ffurflen fer er mwyn i’r clinigydd baratoi ar gyfer eich apwyntiad.',
  'confirmation.form.staff': 'Mae gan yr apwyntiad hwn ffurflen. Gallwch ei llenwi gyda’r claf nawr.',
  'confirmation.form.fill': 'Llenwi’r ffurflen nawr',
} satisfies Complete<BookingConfirmationStrings>;

/** Its type only, so the table counts as used until the slot picker spreads it into `slotPicker` (a runtime export would be a table of its own). */
export type BookingConfirmationWelsh = typeof bookingConfirmation;

export const slotPicker = {
  'choose.heading': 'Trefnu apwyntiad',
  'choose.typeLegend': 'Pa fath o apwyntiad sydd ei angen arnoch?',
  'choose.locationLegend': 'Ble hoffech chi gael eich gweld?',
  'choose.anyLocation': 'Unrhyw leoliad',
  'choose.continue': 'Dangos yr amseroedd sydd ar gael',
  'choose.typeRequired': 'Dewiswch y math o apwyntiad sydd ei angen arnoch',
  'choose.noTypes': 'Nid oes gan y feddygfa hon apwyntiadau y gellir eu trefnu ar-lein. Cysylltwch â’r feddygfa i wneud apwyntiad.',
  'type.duration': minutes('{count} munud'),
  'type.inPerson': 'Wyneb yn wyneb',
  'type.telephone': 'Dros y ffôn',
  'type.video': 'Galwad fideo',
  'type.nhs': 'GIG',
  'type.paid': 'Preifat, {price}',
  'type.next': 'Y nesaf sydd ar gael: {when}',
  'type.noneSoon': 'Dim apwyntiadau ar gael ar hyn o bryd',
  'slots.heading': 'Dewiswch amser',
  'slots.changeType': 'Newid y math o apwyntiad',
  'filter.location': 'Lleoliad',
  'filter.anyLocation': 'Unrhyw leoliad',
  'filter.practitioner': 'Ymarferydd',
  'filter.anyPractitioner': 'Unrhyw ymarferydd',
  'nav.label': 'Diwrnodau',
  'nav.range': '{from} – {to}',
  'nav.previous': 'Yr wythnos flaenorol',
  'nav.next': 'Yr wythnos nesaf',
  'nav.nextAvailable': 'Y diwrnod nesaf gydag apwyntiadau',
  'nav.noneAfter': 'Nid oes apwyntiadau yn ystod y {weeks} wythnos ar ôl {day}.',
  'day.count': '{count} ar gael',
  'day.none': 'Dim amseroedd',
  'day.empty': '{day}: dim apwyntiadau.',
  'slots.listLabel': 'Amseroedd sydd ar gael: {day}',
  'period.morning': 'Bore',
  'period.afternoon': 'Prynhawn',
  'period.evening': 'Gyda’r nos',
  'slot.unknownPractitioner': 'clinigydd',
  'slot.unknownLocation': 'y feddygfa',
  'loading.reference': 'Wrthi’n llwytho’r mathau o apwyntiad…',
  'loading.slots': 'Wrthi’n chwilio am amseroedd sydd ar gael…',
  'loading.nextAvailable': 'Wrthi’n chwilio am y diwrnod nesaf gydag apwyntiadau…',
  'empty.window': 'Nid oes apwyntiadau rhwng {from} a {to}.',
  'empty.goTo': 'Dangos {day}, y diwrnod nesaf gydag apwyntiadau',
  'empty.noneSoon': 'Nid oes apwyntiadau yn ystod y {weeks} wythnos ar ôl hynny chwaith. Rhowch gynnig ar ymarferydd, lleoliad neu fath arall o apwyntiad, neu cysylltwch â’r feddygfa.',
  'selection.text': 'Rydych wedi dewis: {when}, {practitioner}, {location}.',
  'selection.reserve': 'Cadw’r amser hwn',
  'selection.reserving': 'Wrthi’n cadw…',
  'summary.heading': 'Gwirio a chadarnhau eich apwyntiad',
  'summary.holding': 'Rydym yn cadw’r amser hwn i chi am',
  'summary.holdingAria': minutes('Mae {count} munud ar ôl i gadarnhau'),
  'summary.when': 'Dyddiad ac amser',
  'summary.type': 'Apwyntiad',
  'summary.with': 'Gyda',
  'summary.where': 'Ble',
  'summary.length': 'Hyd',
  'summary.cost': 'Pris',
  'summary.free': 'Am ddim (GIG)',
  'summary.confirm': 'Cadarnhau’r apwyntiad',
  'summary.confirming': 'Wrthi’n cadarnhau…',
  'summary.back': 'Yn ôl at yr amseroedd',
  'summary.cancelling': 'Wrthi’n rhyddhau’r amser hwn…',
  'booked.heading': 'Apwyntiad wedi’i drefnu',
  'booked.text': 'Mae eich apwyntiad wedi’i gadarnhau.',
  'booked.another': 'Trefnu apwyntiad arall',
  'notice.taken': 'Mae’n ddrwg gennym, mae rhywun arall newydd gymryd yr amser hwnnw. Dewiswch amser arall.',
  'notice.lapsed': 'Nid oedd modd i ni gadw’r amser hwnnw’n hirach, felly mae wedi cael ei ryddhau. Dewiswch amser eto.',
  'announce.slots': plural({
    zero: 'Nid oes apwyntiadau ar gael rhwng {from} a {to}.',
    other: 'Mae {count} apwyntiad ar gael rhwng {from} a {to}.',
  }),
  'announce.reserved': 'Mae’r amser wedi’i gadw. Gwiriwch y manylion a chadarnhewch yr apwyntiad.',
  'announce.minutes': minutes('Mae {count} munud ar ôl i gadarnhau eich apwyntiad.'),
  'announce.seconds': 'Mae {count} eiliad ar ôl i gadarnhau eich apwyntiad.',
  'announce.booked': 'Apwyntiad wedi’i drefnu.',
  'announce.released': 'Mae’r amser wedi cael ei ryddhau.',
  when: '{day} am {time}',
  'error.patient.call': 'Os oes angen i chi drefnu apwyntiad nawr, ffoniwch eich meddygfa ar {phone}.',
  'error.patient.contact': 'Os oes angen i chi drefnu apwyntiad nawr, cysylltwch â’ch meddygfa.',
} satisfies Complete<SlotPickerStrings>;

/** "Rhaid i’r dyddiad geni …": the lookup's label is always a date of birth (masculine, no mutation after ’r). */
const mustInclude = (what: string) => `Rhaid i’r {label_lower} gynnwys ${what}`;

export const patientLookup = {
  'date.required': 'Rhowch ddyddiad geni',
  'date.missing_day': mustInclude('diwrnod'),
  'date.missing_month': mustInclude('mis'),
  'date.missing_year': mustInclude('blwyddyn'),
  'date.missing_day_month': mustInclude('diwrnod a mis'),
  'date.missing_day_year': mustInclude('diwrnod a blwyddyn'),
  'date.missing_month_year': mustInclude('mis a blwyddyn'),
  'date.invalid': 'Rhaid i’r {label_lower} fod yn ddyddiad go iawn',
  'date.year_length': 'Rhaid i’r flwyddyn gynnwys 4 rhif',
  'date.past': 'Rhaid i’r {label_lower} fod yn y gorffennol',
  'date.today_or_past': 'Rhaid i’r {label_lower} fod heddiw neu yn y gorffennol',
  'date.future': 'Rhaid i’r {label_lower} fod yn y dyfodol',
  'date.today_or_future': 'Rhaid i’r {label_lower} fod heddiw neu yn y dyfodol',
  'date.min': 'Rhaid i’r {label_lower} fod yr un fath â {date} neu ar ôl hynny',
  'date.max': 'Rhaid i’r {label_lower} fod yr un fath â {date} neu cyn hynny',
  'mode.legend': 'Chwilio yn ôl',
  'mode.nhs': 'Rhif GIG a dyddiad geni',
  'mode.name': 'Enw a dyddiad geni',
  'nhs.label': 'Rhif GIG',
  'nhs.hint': '10 digid, er enghraifft 943 476 5919',
  'nhs.required': 'Rhowch rif GIG',
  'nhs.characters': 'Rhaid i’r rhif GIG gynnwys rhifau, bylchau a llinellau toriad yn unig',
  'nhs.length': 'Rhaid i’r rhif GIG fod yn 10 digid',
  'nhs.invalid': 'Nid yw’r rhif GIG yn ddilys. Gwiriwch bob digid',
  'first.label': 'Enw cyntaf',
  'first.required': 'Rhowch enw cyntaf',
  'last.label': 'Cyfenw',
  'last.required': 'Rhowch gyfenw',
  'dob.label': 'Dyddiad geni',
  'dob.hint': 'Er enghraifft, 31 3 1980',
  'dob.day': 'Diwrnod',
  'dob.month': 'Mis',
  'dob.year': 'Blwyddyn',
  'postcode.label': 'Cod post',
  'postcode.hint': 'Y cod post y mae’r claf wedi’i gofrestru ynddo gyda’r GIG, er enghraifft BS35 2AQ',
  'postcode.required': 'Rhowch god post',
  'postcode.invalid': 'Rhowch god post go iawn',
  'error.prefix': 'Gwall:',
  search: 'Chwilio',
  searching: 'Wrthi’n chwilio am gleifion…',
  'results.count': plural({
    one: '1 claf wedi’i ganfod',
    two: '2 glaf wedi’u canfod',
    other: '{count} o gleifion wedi’u canfod',
  }),
  'results.more': 'Yn dangos y {shown} cyntaf o {total} o ganlyniadau. Ychwanegwch ragor o fanylion i gyfyngu’r chwiliad.',
  'results.confirm': 'Gwiriwch y manylion, yna dewiswch y claf cywir.',
  'nhs.none': 'Heb ei gofnodi',
  address: 'Cyfeiriad',
  'address.withheld': 'Wedi’i atal: cofnod cyfyngedig',
  'badge.deceased': 'Wedi marw',
  'badge.restricted': 'Cyfyngedig',
  'badge.archived': 'Wedi’i archifo',
  unnamed: 'Enw heb ei gofnodi',
  select: 'Dewis',
  'select.context': '{name}, dyddiad geni {dob}',
  'deceased.title': 'Mae’r claf hwn wedi marw',
  'deceased.text': 'Mae cofnod {name} yn dangos bod y claf wedi marw ({date}). Dewiswch y cofnod hwn dim ond os ydych yn siŵr mai dyma’r un sydd ei angen arnoch.',
  'deceased.date': 'bu farw {date}',
  'deceased.unknown': 'dyddiad marw heb ei gofnodi',
  'deceased.confirm': 'Ie, dewis y claf hwn',
  cancel: 'Canslo',
  'none.title': 'Dim cleifion wedi’u canfod',
  'none.nhs': 'Nid oes claf yn Hero sydd â’r rhif GIG {nhs} a’r dyddiad geni {dob}.',
  'none.name': 'Nid oes claf yn Hero o’r enw {first} {last} sydd â’r dyddiad geni {dob}.',
  'none.check.nhs': 'Gwiriwch y rhif GIG a’r dyddiad geni, neu chwiliwch yn ôl enw a dyddiad geni yn lle hynny.',
  'none.check.name': 'Gwiriwch sillafiad yr enwau a’r dyddiad geni, neu chwiliwch yn ôl rhif GIG yn lle hynny.',
  'trace.title': 'Olrhain ar Spine y GIG',
  'trace.text': 'Os yw’r claf wedi’i gofrestru gyda’r GIG, bydd olrhain ar y Spine (PDS) yn dod o hyd iddo ac yn ei ychwanegu at Hero.',
  'trace.pending': 'Wrthi’n olrhain ar Spine y GIG…',
  'trace.found': 'Wedi’i ganfod ar Spine y GIG',
  'trace.found.text': 'Cafodd y claf hwn ei olrhain ar Spine y GIG ac mae bellach yn Hero. Gwiriwch y manylion, yna dewiswch y claf.',
  'trace.none.title': 'Dim cyfatebiaeth ar Spine y GIG',
  'trace.none.nhs': 'Gwiriwch y rhif GIG a’r dyddiad geni gyda’r claf, er enghraifft ar lythyr gan y GIG neu yn Ap GIG.',
  'trace.none.name': 'Gwiriwch fod yr enwau wedi’u sillafu fel ar gofnod GIG y claf, a bod y dyddiad geni a’r cod post yn gywir. Neu olrheiniwch yn ôl rhif GIG.',
  'trace.verify.title': 'Mae angen i’r claf gadarnhau pwy ydyw',
  'trace.verify.text': 'Cyn y gellir ei ychwanegu o Spine y GIG, rhaid i’r claf brofi pwy ydyw gyda mewngofnodi GIG (NHS login). Pan fydd wedi gwneud hyn, olrheiniwch y claf eto.',
  'trace.verify.link': 'Agor gwiriad hunaniaeth mewngofnodi GIG (yn agor mewn tab newydd)',
  'trace.again': 'Olrhain eto',
  'selected.title': 'Y claf a ddewiswyd',
  'selected.announce': 'Wedi dewis {name}',
  change: 'Newid y claf',
  required: 'Dewiswch glaf',
  'required.hint': 'Chwiliwch am y claf, yna dewiswch y claf.',
} satisfies Complete<PatientLookupStrings>;

/** A question's date problem: "{subject}: …", so the question's own words never need mutating. */
const dateProblem = (what: string) => `{subject}: ${what}`;

export const formRenderer = {
  'problem.date.required': dateProblem('rhowch ddyddiad'),
  'problem.date.missing_day': dateProblem('rhaid cynnwys diwrnod'),
  'problem.date.missing_month': dateProblem('rhaid cynnwys mis'),
  'problem.date.missing_year': dateProblem('rhaid cynnwys blwyddyn'),
  'problem.date.missing_day_month': dateProblem('rhaid cynnwys diwrnod a mis'),
  'problem.date.missing_day_year': dateProblem('rhaid cynnwys diwrnod a blwyddyn'),
  'problem.date.missing_month_year': dateProblem('rhaid cynnwys mis a blwyddyn'),
  'problem.date.invalid': dateProblem('rhowch ddyddiad go iawn'),
  'problem.date.year_length': 'Rhaid i’r flwyddyn gynnwys 4 rhif',
  'problem.date.past': dateProblem('rhaid i’r dyddiad fod yn y gorffennol'),
  'problem.date.today_or_past': dateProblem('rhaid i’r dyddiad fod heddiw neu yn y gorffennol'),
  'problem.date.future': dateProblem('rhaid i’r dyddiad fod yn y dyfodol'),
  'problem.date.today_or_future': dateProblem('rhaid i’r dyddiad fod heddiw neu yn y dyfodol'),
  'problem.date.min': dateProblem('rhaid i’r dyddiad fod yr un fath â {date} neu ar ôl hynny'),
  'problem.date.max': dateProblem('rhaid i’r dyddiad fod yr un fath â {date} neu cyn hynny'),
  // A question-like label is quoted as it is: "‘Beth hoffech chi ei drafod?’: rhowch ateb".
  'problem.question': '‘{label}’',
  'problem.required.enter': '{subject}: rhowch ateb',
  'problem.required.select': '{subject}: dewiswch ateb',
  'problem.consent': 'Rhaid i chi gytuno i ‘{label}’',
  'problem.whole_number': '{subject}: rhaid rhoi rhif cyfan',
  'problem.between': '{subject}: rhaid rhoi rhif rhwng {min} a {max}',
  'problem.min': '{subject}: rhaid rhoi {min} neu fwy',
  'problem.max': '{subject}: rhaid rhoi {max} neu lai',
  'error.prefix': 'Gwall:',
  yes: 'Ie',
  no: 'Na',
  'date.hint': 'Er enghraifft, 27 3 2007',
  'date.day': 'Diwrnod',
  'date.month': 'Mis',
  'date.year': 'Blwyddyn',
  'select.placeholder': 'Dewiswch opsiwn',
  'consent.legend': 'Eich cytundeb',
  'bmi.offer': 'Yn ôl eich taldra a’ch pwysau, eich BMI yw {bmi}.',
  'bmi.use': 'Defnyddio {value} fel eich BMI',
  'bmi.info': 'Yn ôl eich taldra a’ch pwysau, eich mynegai màs y corff (BMI) yw {bmi} kg/m².',
  'loading.form': 'Wrthi’n llwytho’r ffurflen…',
  empty: 'Nid oes cwestiynau ar y ffurflen hon eto. Os oeddech yn disgwyl rhai, cysylltwch â’r feddygfa.',
  progress: 'Tudalen {page} o {pages}',
  back: 'Yn ôl',
  continue: 'Parhau',
  submit: 'Anfon',
  submitting: 'Wrthi’n anfon eich atebion…',
  'draft.save': 'Cadw a pharhau yn nes ymlaen',
  'draft.saving': 'Wrthi’n cadw eich atebion…',
  'draft.saved.title': 'Mae eich atebion wedi cael eu cadw',
  'draft.saved.text': 'Gallwch adael nawr a dod yn ôl yn nes ymlaen i orffen.',
  'draft.failed': 'Nid oedd modd cadw eich atebion.',
  'submit.failed': 'Nid oedd modd anfon eich atebion. Maen nhw yma o hyd.',
  'error.conflict.submitted': 'Mae’r atebion hyn eisoes wedi cael eu hanfon.',
  'review.title': 'Gwiriwch eich atebion cyn eu hanfon',
  'review.none': 'Heb ateb',
  'review.agreed': 'Wedi cytuno',
  'review.not_agreed': 'Heb gytuno',
  change: 'Newid',
  'submitted.title': 'Ffurflen wedi’i hanfon',
  'submitted.text': 'Diolch. Mae eich atebion wedi cael eu hanfon.',
} satisfies Complete<FormStrings> & { readonly [key: `problem.date.${string}`]: Message };

export const messageComposer = {
  'loading.patient': 'Wrthi’n llwytho manylion y claf…',
  'loading.templates': 'Wrthi’n llwytho templedi…',
  'loading.assignees': 'Wrthi’n llwytho pobl a thimau…',
  'noPatient.title': 'Dim claf wedi’i ddewis',
  'noPatient.text': 'Dewiswch glaf yn gyntaf, yna ysgrifennwch eich neges.',
  'patient.nhsNumber': 'Rhif GIG',
  'patient.unnamed': 'Claf heb enw',
  'refuse.deceased': 'Nid oes modd anfon negeseuon at y claf hwn: mae ei gofnod yn dangos dyddiad marw, {date}.',
  'refuse.archived': 'Nid oes modd anfon negeseuon at y claf hwn oherwydd bod ei gofnod wedi’i archifo. Gwiriwch mai hwn yw’r claf cywir, neu adferwch y cofnod yn Hero yn gyntaf.',

  'error.prefix': 'Gwall:',

  'channel.legend': 'Sut ydych chi am ei hanfon?',
  'channel.sms': 'Neges destun (SMS)',
  'channel.email': 'E-bost',
  'channel.nhs_app': 'Ap GIG',
  'channel.hero': 'Ap Hero',
  'channel.hint.to': 'At {contact}',
  'channel.hint.hidden': 'I’r {kind} ar gofnod y claf (heb ei ddangos: cofnod cyfyngedig)',
  'channel.hint.sms.none': 'Dim rhif ffôn symudol ar gofnod y claf: gallwch roi un',
  'channel.hint.sms.invalid': 'Nid yw’r rhif ar gofnod y claf yn rhif ffôn symudol yn y DU: gallwch roi un',
  'channel.hint.email.none': 'Dim cyfeiriad e-bost ar gofnod y claf: gallwch roi un',
  'channel.hint.email.invalid': 'Nid yw’r cyfeiriad e-bost ar gofnod y claf yn ddilys: gallwch roi un',
  'channel.hint.nhs_app': 'I fewnflwch Ap GIG y claf',
  'channel.hint.nhs_app.none': 'Ddim ar gael: nid oes rhif GIG ar gofnod y claf',
  'channel.hint.hero': 'I ap Hero y claf',
  'kind.sms': 'rhif ffôn symudol',
  'kind.email': 'cyfeiriad e-bost',

  'recipient.sms': 'Rhif ffôn symudol',
  'recipient.email': 'Cyfeiriad e-bost',
  'recipient.hint.record': 'O gofnod y claf. Newidiwch ef i anfon i rywle arall y tro hwn.',
  'recipient.hint.hidden': 'Gadewch yn wag i ddefnyddio’r un ar gofnod y claf (heb ei ddangos: cofnod cyfyngedig).',
  'recipient.hint.sms': 'Rhif ffôn symudol yn y DU, fel 07700 900123.',
  'recipient.hint.email': 'Fel enw@example.com.',

  'template.label': 'Templed (dewisol)',
  'template.none': 'Dim templed',
  'template.group.user': 'Eich templedi',
  'template.group.hero': 'Templedi’r feddygfa',
  'template.group.external': 'Templedi eraill',
  'template.hint': 'Mae dewis templed yn disodli’r neges. Mae manylion fel enw’r claf yn cael eu llenwi o’i gofnod.',
  'template.empty': 'Nid oes templedi eto. Ysgrifennwch eich neges isod.',
  'template.applied': 'Mae’r templed “{name}” wedi’i ychwanegu at y neges.',
  'template.undo': 'Dadwneud: rhoi eich neges flaenorol yn ôl',
  'template.undone': 'Mae eich neges flaenorol wedi’i rhoi yn ôl.',

  'subject.label': 'Pwnc',
  'subject.hint': 'Caiff ei ddangos i’r claf fel llinell gyntaf yr e-bost.',
  'text.label': 'Neges',
  'text.hint': 'Mae unrhyw beth rhwng cromfachau cyrliog dwbl, fel {{first_name}}, yn cael ei lenwi o gofnod y claf.',

  'counter.text': '{characters} nod, {segments} neges destun',
  'counter.remaining': 'Mae {count} nod ar ôl cyn bod angen neges destun arall',
  'counter.fallback': 'Wedi’i gyfrif ar gyfer y neges destun a anfonir os na ellir danfon {channel}.',
  'unicode.title': 'Mae rhai nodau’n gwneud y neges destun hon yn hirach',
  'unicode.text': 'Nid yw’r nodau hyn yn yr wyddor neges destun safonol:',
  'unicode.effect': 'Oherwydd y nodau hyn, mae pob neges destun yn dal 70 nod yn lle 160.',
  'unicode.replace': 'Rhoi dyfynodau a llinellau plaen yn lle rhai cyrliog',
  'unicode.replaced': plural({ one: '1 nod wedi’i newid.', other: '{count} nod wedi’u newid.' }),
  'char.space': 'bwlch arbennig',
  'credits.text': 'Mae gan eich meddygfa {credits} credyd SMS.',
  'credits.low': 'Mae angen {segments} credyd SMS ar y neges hon ond dim ond {credits} sydd gan eich meddygfa ar ôl.',

  'preview.heading': 'Rhagolwg',
  'preview.hint': 'Fel y bydd y claf yn ei chael.',
  'preview.empty': 'Bydd eich neges yn ymddangos yma.',
  'preview.unfilled': '(heb ei lenwi)',
  'preview.from': 'Oddi wrth: {practice}',
  'preview.subject': 'Pwnc:',
  'preview.practice': 'Eich meddygfa',
  'preview.unfilledList': 'I’w llenwi o hyd: {names}.',

  'options.legend': 'Dewisiadau',
  'fallback.label': 'Os na ellir ei danfon, ei hanfon drwy',
  'fallback.none': 'Peidio â’i hanfon mewn ffordd arall',
  'fallback.recipient.sms': 'Rhif ffôn symudol ar gyfer y neges destun',
  'fallback.recipient.email': 'Cyfeiriad e-bost ar gyfer yr e-bost',
  'schedule.label': 'Ei hanfon yn nes ymlaen',
  'schedule.date': 'Dyddiad',
  'schedule.time': 'Amser',
  'schedule.hint': 'Amser y DU. Er enghraifft, {example}.',
  'record.label': 'Ei hysgrifennu ar gofnod y claf',
  'record.hint': 'Mae Hero yn ei hychwanegu at gofnod y meddyg teulu, wedi’i chodio gyda SNOMED CT.',
  'snomed.code': 'Cod SNOMED (dewisol)',
  'snomed.codeHint': '6 i 18 digid. Gadewch yn wag i ddefnyddio cod diofyn Hero.',
  'snomed.term': 'Term SNOMED (dewisol)',
  'assign.label': 'Ei neilltuo i berson neu dîm',
  'assign.hint': 'Byddan nhw’n gweld unrhyw ateb ac yn dilyn i fyny yn Hero.',
  'assignee.label': 'Neilltuo i',
  'assignee.choose': 'Dewiswch berson neu dîm',
  'assignee.teams': 'Timau',
  'assignee.people': 'Pobl',
  'assignee.empty': 'Nid oes neb i neilltuo negeseuon iddyn nhw. Gofynnwch i weinyddwr Hero ychwanegu pobl neu dimau.',

  continue: 'Parhau',
  checking: 'Wrthi’n gwirio…',

  'review.heading': 'Gwiriwch eich neges cyn ei hanfon',
  'review.patient': 'Claf',
  'review.channel': 'Anfon drwy',
  'review.to': 'At',
  'review.toHidden': 'Y {kind} ar gofnod y claf',
  'review.toApp': '{channel} y claf',
  'review.fallback': 'Os na chaiff ei danfon',
  'review.fallbackValue': '{channel} at {to}',
  'review.subject': 'Pwnc',
  'review.message': 'Neges',
  'review.length': 'Hyd',
  'review.when': 'Pryd',
  'review.now': 'Nawr',
  'review.at': '{day} am {time} (amser y DU)',
  'review.record': 'Cofnod y claf',
  'review.recordDefault': 'Wedi’i hysgrifennu gyda chod SNOMED diofyn Hero',
  'review.recordCode': 'Cod SNOMED {code}',
  'review.assignee': 'Wedi’i neilltuo i',
  'review.change': 'Newid',
  send: 'Anfon y neges',
  'schedule.send': 'Trefnu’r neges',
  sending: 'Wrthi’n anfon…',
  back: 'Yn ôl at y neges',

  'send.error.validation': 'Nid oedd Hero yn derbyn y neges. Gwiriwch y manylion sydd wedi’u hamlygu.',
  'send.error.network': 'Collwyd y cysylltiad wrth anfon. Efallai bod y neges wedi’i hanfon: gwiriwch negeseuon y claf yn Hero cyn i chi roi cynnig arall arni.',
  'send.error.kept': 'Mae eich neges wedi’i chadw.',
  'api.field': 'Nid oedd Hero yn derbyn hyn. Gwiriwch ef a rhowch gynnig arall arni.',

  'sent.heading': 'Neges wedi’i hanfon',
  'scheduled.heading': 'Neges wedi’i threfnu',
  'sent.text': 'Wedi’i hanfon fel {channel} at {to}.',
  'sent.app': 'Wedi’i hanfon fel {channel}.',
  'sent.toHidden': 'y {kind} ar gofnod y claf',
  'scheduled.text': 'Bydd yn cael ei hanfon fel {channel}: {when}.',
  'inline.sms': 'neges destun',
  'inline.email': 'e-bost',
  'inline.nhs_app': 'neges Ap GIG',
  'inline.hero': 'neges ap Hero',
  'sent.status': 'Statws danfon',
  'status.checking': 'Wrthi’n gwirio…',
  'status.pending': 'Yn aros i gael ei hanfon',
  'status.scheduled': 'Wedi’i threfnu',
  'status.sent': 'Wedi’i hanfon, yn aros i gael ei danfon',
  'status.retry': 'Heb ei danfon eto, yn rhoi cynnig arall arni',
  'status.delivered': 'Wedi’i danfon',
  'status.declined': 'Wedi’i gwrthod',
  'status.fatal': 'Nid oedd modd ei danfon',
  'status.reason': 'Rheswm: {reason}',
  'status.stopped': 'Rydym wedi rhoi’r gorau i wirio. Edrychwch ar negeseuon y claf yn Hero i gael y wybodaeth ddiweddaraf.',
  'status.unreachable': 'Nid oedd modd gwirio’r statws danfon ar hyn o bryd. Rhoi cynnig arall arni.',
  'status.announce': 'Statws danfon: {status}.',
  another: 'Ysgrifennu neges arall',

  'announce.review': 'Gwiriwch eich neges cyn ei hanfon.',
  'announce.sent': 'Neges wedi’i hanfon.',
  'announce.scheduled': 'Neges wedi’i threfnu.',
  'announce.reset': 'Neges newydd wedi’i dechrau.',

  'error.channel.required': 'Dewiswch sut i anfon y neges',
  'error.sms.none': 'Rhowch rif ffôn symudol: nid oes un ar gofnod y claf',
  'error.sms.recordInvalid': 'Rhowch rif ffôn symudol yn y DU: nid yw’r un ar gofnod y claf yn rhif symudol yn y DU',
  'error.sms.format': 'Rhowch rif ffôn symudol yn y DU, fel 07700 900123',
  'error.email.none': 'Rhowch gyfeiriad e-bost: nid oes un ar gofnod y claf',
  'error.email.recordInvalid': 'Rhowch gyfeiriad e-bost: nid yw’r un ar gofnod y claf yn ddilys',
  'error.email.format': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
  'error.nhs_app.none': 'Dewiswch ffordd arall o’i hanfon: mae negeseuon Ap GIG angen rhif GIG y claf, ac nid oes un ar ei gofnod',
  'error.subject.required': 'Rhowch bwnc ar gyfer yr e-bost',
  'error.text.required': 'Rhowch neges',
  'error.text.unfilled': plural({
    one: 'Rhowch rywbeth yn lle {names} yn y neges: nid oes modd ei lenwi o gofnod y claf',
    other: 'Rhowch rywbeth yn lle {names} yn y neges: nid oes modd eu llenwi o gofnod y claf',
  }),
  'error.fallback.channel': 'Dewiswch ffordd wahanol o’i hanfon os na ellir ei danfon',
  'error.date.required': 'Rhowch y dyddiad i’w hanfon',
  'error.date.format': 'Rhowch ddyddiad go iawn',
  'error.time.required': 'Rhowch yr amser i’w hanfon',
  'error.time.format': 'Rhowch amser go iawn, fel 09:30',
  'error.time.past': 'Dewiswch ddyddiad ac amser yn y dyfodol',
  'error.snomed.format': 'Rhowch god SNOMED o 6 i 18 digid',
  'error.snomed.invalid': 'Rhowch god SNOMED y mae Hero yn ei adnabod',
  'error.snomed.unchecked': 'Nid oedd modd gwirio’r cod SNOMED. Rhowch gynnig arall arni.',
  'error.assignee.required': 'Dewiswch pwy i neilltuo’r neges iddyn nhw',
  'form.required': 'Rhowch neges',
} satisfies Complete<MessageComposerStrings>;

// ───────── <hero-message-history> (NEEDS REVIEW by a professional Welsh translator, like the rest) ─────────

export const messageHistory = {
  heading: 'Negeseuon a anfonwyd',
  'loading.history': 'Wrthi’n llwytho’r negeseuon a anfonwyd at y claf hwn…',
  refresh: 'Gwirio am ddiweddariadau',
  updated: 'Mae’r hanes negeseuon wedi’i ddiweddaru',
  'noPatient.title': 'Dim claf wedi’i ddewis',
  'noPatient.text': 'Dewiswch glaf i weld y negeseuon a anfonwyd ato.',
  'empty.title': 'Dim negeseuon wedi’u hanfon eto',
  'empty.text': 'Bydd negeseuon a anfonir at y claf hwn drwy Hero yn cael eu rhestru yma, y diweddaraf yn gyntaf.',
  'notice.patient': 'Mae’r claf wedi newid. Dyma’r negeseuon a anfonwyd at y claf sydd wedi’i ddewis nawr.',

  'list.label': 'Negeseuon, y diweddaraf yn gyntaf',
  range: 'Yn dangos negeseuon {from} i {to} o {total}, y diweddaraf yn gyntaf',
  'range.open': 'Yn dangos negeseuon {from} i {to}, y diweddaraf yn gyntaf',
  page: 'Tudalen {page} o {pages}',
  'page.open': 'Tudalen {page}',
  'pagination.label': 'Tudalennau o negeseuon',
  newer: 'Negeseuon mwy diweddar',
  older: 'Negeseuon hŷn',
  capped: 'Dim ond y {shown} neges ddiweddaraf y mae modd eu dangos yma. Chwiliwch am negeseuon hŷn yn Hero.',

  'channel.sms': 'Neges destun',
  'channel.email': 'E-bost',
  'channel.nhs_app': 'Neges Ap GIG',
  'channel.hero': 'Neges ap Hero',
  'channel.other': 'Neges',
  'time.sent': 'Wedi’i hanfon {day} am {time}',
  'time.scheduled': 'Wedi’i threfnu ar gyfer {day} am {time}',
  'time.created': 'Wedi’i chreu {day} am {time}',
  'time.none': 'Amser heb ei gofnodi',

  'delivery.label': 'Danfon',
  'delivery.delivered': 'Wedi’i danfon',
  'delivery.sent': 'Wedi’i hanfon, heb ei chadarnhau fel wedi’i danfon eto',
  'delivery.pending': 'Yn aros i gael ei hanfon',
  'delivery.scheduled': 'Wedi’i threfnu',
  'delivery.retry': 'Wedi methu, yn rhoi cynnig arall arni',
  'delivery.declined': 'Heb ei danfon: wedi’i gwrthod',
  'delivery.fatal': 'Heb ei danfon',
  'delivery.unknown': 'Ddim yn hysbys',
  'record.label': 'Cofnod y claf',
  'record.success': 'Wedi’i hysgrifennu ar y cofnod',
  'record.successAt': 'Wedi’i hysgrifennu ar y cofnod {day} am {time}',
  'record.failed': 'Heb ei hysgrifennu ar y cofnod',
  'record.not_written': 'Heb ei hysgrifennu ar y cofnod eto',
  'record.none': 'Heb ofyn amdano',
  'record.unknown': 'Ddim yn hysbys',
  'sentBy.label': 'Anfonwyd gan',
  'link.label': 'Dolen a anfonwyd',
  'link.booking': 'Dolen drefnu apwyntiad',
  'link.form': 'Dolen ffurflen',
  'link.video': 'Dolen fideo',
  'link.attachment': 'Atodiad',
  'link.other': 'Dolen',
  'campaign.label': 'Ymgyrch',

  'text.label': 'Testun y neges',
  'text.missing': 'Nid oedd modd llwytho testun y neges hon.',
  expand: 'Dangos y neges gyfan',
  collapse: 'Dangos llai o’r neges',
  'previews.failed': plural({ one: 'Nid oedd modd llwytho testun 1 neges.', other: 'Nid oedd modd llwytho testun {count} neges.' }),

  'reason.given': 'Y rheswm a roddwyd: {reason}',
  'reason.hidden': '[manylion cyswllt wedi’u cuddio]',
  'reason.noMobile': 'Nid oes rhif ffôn symudol ar gofnod y claf. Ychwanegwch un yn y system glinigol, neu anfonwch y neges mewn ffordd arall.',
  'reason.noEmail': 'Nid oes cyfeiriad e-bost ar gofnod y claf. Ychwanegwch un yn y system glinigol, neu anfonwch y neges mewn ffordd arall.',
  'reason.badAddress': 'Nid oedd y manylion cyswllt yn gweithio. Gwiriwch nhw gyda’r claf a diweddarwch ei gofnod, yna anfonwch y neges eto os oes ei hangen o hyd.',
  'reason.declined': 'Mae’r claf wedi dewis peidio â chael negeseuon fel hyn. Anfonwch hi mewn ffordd arall, neu cysylltwch â’r claf.',
  'reason.noApp': 'Nid yw’r claf yn gallu cael negeseuon yn yr ap. Anfonwch hi drwy neges destun neu e-bost yn lle hynny.',
  'reason.provider': 'Nid oedd y gwasanaeth negeseuon yn ateb. Mae Hero yn rhoi cynnig arall arni: gwiriwch eto yn nes ymlaen.',
  'reason.neverSent': 'Ni chafodd y neges ei hanfon erioed, felly nid oedd dim i’w ysgrifennu ar y cofnod.',
  'reason.ehr': 'Nid oedd y system glinigol yn derbyn y cofnod. Ychwanegwch y neges at gofnod y claf â llaw.',
  'reason.record': 'Gwiriwch gofnod y claf, ac ychwanegwch y neges â llaw os nad yw yno.',
  'reason.delivery.retry': 'Methodd yr anfon ac mae Hero yn rhoi cynnig arall arni. Gwiriwch eto yn nes ymlaen.',
  'reason.delivery.declined': 'Cafodd y neges ei gwrthod cyn iddi gyrraedd y claf. Gwiriwch ei fanylion cyswllt, neu anfonwch hi mewn ffordd arall.',
  'reason.delivery.fatal': 'Nid oedd modd danfon y neges. Gwiriwch fanylion cyswllt y claf, yna anfonwch hi eto os oes ei hangen o hyd.',
} satisfies Complete<MessageHistoryStrings>;
