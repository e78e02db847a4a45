import type { Metadata } from 'next';
import { t } from '../../../lib/messages';
import { hasReturnMessage, rt, type ReturnMessageKey } from '../../../lib/returns/messages';
import { findGuestOrderAction } from '../../../lib/shop/return-actions';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import { param } from '../messages';
import '../shop.css';

type Params = Record<string, string | string[] | undefined>;

/**
 * A guest finds their order again by its number and checkout e-mail (decision 0065, "Guests"), on any
 * device: a plain form (no JavaScript needed) whose action keeps the order's key in the guest-orders cookie
 * and opens the order page, where the guest sees it and may ask for a return.
 */
export async function FindOrderPage({ kind, slug, params }: { kind: StorefrontKind; slug: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  const error = param(params.error);
  const code = `shop.error.${error}`;
  return (
    <div className="shop-page narrow">
      <h1>{rt('shop.find.title')}</h1>
      <p>{rt('shop.find.intro')}</p>
      {error && (
        <p role="alert" className="alert">
          {hasReturnMessage(code) ? rt(code as ReturnMessageKey) : t('shop.error.UNKNOWN')}
        </p>
      )}
      <form action={findGuestOrderAction.bind(null, kind, slug)} className="stack-form">
        <p>
          <label htmlFor="find-number">{rt('shop.find.number')}</label>
          <input id="find-number" name="orderNumber" required maxLength={64} autoComplete="off" defaultValue={param(params.number) ?? ''} />
        </p>
        <p>
          <label htmlFor="find-email">{rt('shop.find.email')}</label>
          <input id="find-email" name="email" type="email" required maxLength={320} autoComplete="email" />
        </p>
        <button type="submit">{rt('shop.find.submit')}</button>
      </form>
      <p>
        <a href={`${ctx.base}/sign-in`}>{t('nav.signIn')}</a>
      </p>
    </div>
  );
}

export const findOrderMetadata: Metadata = { title: rt('shop.find.title'), robots: { index: false, follow: false } };
