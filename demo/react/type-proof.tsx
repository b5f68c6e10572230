/**
 * Type-check proof (tsc -p demo/react, run by the e2e tests): the generated components type their
 * props and event props. Never rendered. If the typings were lost, the expect-error would be unused
 * and tsc would fail.
 */
import { HeroSlotPicker, type HeroSlotPickerProps } from 'hero-elements/react';

export function TypeProof() {
  const props: HeroSlotPickerProps = { days: 14, patientId: '401' };
  return (
    <HeroSlotPicker
      {...props}
      onHeroSlotSelect={(event) => console.info(event.detail.slot.start_time satisfies string)}
      // @ts-expect-error `days` is a number of days, not text.
      days="fourteen"
    />
  );
}
