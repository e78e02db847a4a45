import { rt } from '../../../lib/rewards/messages';

/** The back office's customer search box (Gift cards & loyalty): a GET form to the search's own page. */
export function CustomerSearchForm({ action, q = '' }: { action: string; q?: string }) {
  return (
    <form method="get" action={action} className="filter-bar" role="search" aria-label={rt('rewards.find')}>
      <div className="field">
        <label htmlFor="customer-q">{rt('rewards.findField')}</label>
        <input id="customer-q" name="q" type="search" defaultValue={q} minLength={2} maxLength={100} required autoComplete="off" />
      </div>
      <button type="submit">{rt('rewards.findButton')}</button>
    </form>
  );
}
