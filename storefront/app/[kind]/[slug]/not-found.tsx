import { headers } from 'next/headers';
import { BASE_HEADER, baseFromHeader } from '../../../lib/host';
import { t } from '../../../lib/messages';

/** A page that does not exist inside a known store: shown in the store's own layout and branding. */
export default async function NotFound() {
  const base = baseFromHeader((await headers()).get(BASE_HEADER));
  return (
    <section className="message-page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.storeBody')}</p>
      <p>
        <a href={base || '/'}>{t('notFound.storeHome')}</a>
      </p>
    </section>
  );
}
