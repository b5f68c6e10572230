/**
 * The composer's sentences built from data: recipients, send times, delivery states and "Last
 * message sent …". Pure: the element's translate function and locale in, text out.
 */
import type { MessageDeliveryState, MessageSendRequest } from '../../api/types.js';
import { formatCalendarDate } from '../../domain/calendar-date.js';
import { formatLondonTime, londonDate, londonDayAndTime } from '../../domain/london-time.js';
import type { LatestMessage } from '../../domain/sent-messages.js';
import { formatUkMobile } from '../../domain/uk-phone.js';
import type { Translate } from '../../internal/ui/index.js';
import { isContactChannel } from './compose-view.js';
import type { ContactChannel } from './draft.js';

export class ComposerText {
  readonly #t: Translate;
  readonly #locale: string;

  constructor(t: Translate, locale: string) {
    this.#t = t;
    this.#locale = locale;
  }

  /**
   * A contact detail for people: the mobile as `07700 900123`, the address as it is, or (none sent:
   * the record's own, restricted) the `hiddenKey` sentence naming the kind of detail.
   */
  contact(type: ContactChannel, to: string | undefined, hiddenKey: string): string {
    return !to ? this.#t(hiddenKey, { kind: this.#t(`kind.${type}`) }) : type === 'sms' ? formatUkMobile(to) : to;
  }

  recipient(request: MessageSendRequest): string {
    const type = request.message_type;
    return isContactChannel(type)
      ? this.contact(type, request.recipient_contact_detail, 'review.toHidden')
      : this.#t('review.toApp', { channel: this.#t(`channel.${type}`) });
  }

  fallback(request: MessageSendRequest): string | undefined {
    const type = request.fallback_message_type;
    return type
      ? this.#t('review.fallbackValue', {
          channel: this.#t(`channel.${type}`),
          to: this.contact(type, request.fallback_contact_detail, 'review.toHidden'),
        })
      : undefined;
  }

  /** "Tuesday 3 March 2026 at 9:30am (UK time)". */
  when(iso: string): string {
    return this.#t('review.at', londonDayAndTime(Date.parse(iso), this.#locale));
  }

  /** The confirmation's sentence: scheduled, sent to a number or address, or sent to an app. */
  sent(request: MessageSendRequest, sendAt: string | null, scheduled: boolean): string {
    const type = request.message_type;
    const channel = this.#t(`inline.${type}`);
    if (scheduled && sendAt) return this.#t('scheduled.text', { channel, when: this.when(sendAt) });
    const to = isContactChannel(type) ? this.contact(type, request.recipient_contact_detail, 'sent.toHidden') : '';
    return this.#t(to ? 'sent.text' : 'sent.app', { channel, to });
  }

  status(response: MessageDeliveryState | undefined, scheduled: boolean): string {
    if (!response) return this.#t('status.checking');
    if (response === 'pending' && scheduled) return this.#t('status.scheduled');
    return this.#t(`status.${response}`);
  }

  /** "3 December at 2:15pm" (the year too when it is not this year's). */
  moment(ms: number, now = Date.now()): string {
    const date = londonDate(ms);
    const thisYear = date.slice(0, 4) === londonDate(now).slice(0, 4);
    const day = formatCalendarDate(
      date,
      this.#locale,
      thisYear ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' },
    );
    return this.#t('last.when', { day, time: formatLondonTime(ms, this.#locale) });
  }

  /** A channel after "by": "SMS", "email", "NHS App", "Hero app", or "another channel". */
  by(channel: string): string {
    return this.#t(['sms', 'email', 'nhs_app', 'hero'].includes(channel) ? `last.by.${channel}` : 'last.by.other');
  }

  /** "Last message sent 3 December at 2:15pm by SMS", or that there is none. */
  last(latest: LatestMessage | undefined): string {
    return latest ? this.#t('last.text', { when: this.moment(latest.time.ms), channel: this.by(latest.channel) }) : this.#t('last.none');
  }
}
