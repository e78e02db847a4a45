import Link from 'next/link';
import { t } from '../lib/messages';

export default function NotFound() {
  return (
    <main className="message-page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </main>
  );
}
