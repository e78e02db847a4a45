import { t } from '../../lib/messages';
import { NIGERIAN_STATES } from '../../lib/shop/checkout-details';

/** The options of a delivery address's state picker: a prompt, then the 36 states and the FCT. */
export function StateOptions() {
  return (
    <>
      <option value="">{t('shop.checkout.chooseState')}</option>
      {NIGERIAN_STATES.map((state) => (
        <option key={state} value={state}>
          {state === 'FCT' ? t('shop.checkout.fct') : state}
        </option>
      ))}
    </>
  );
}
