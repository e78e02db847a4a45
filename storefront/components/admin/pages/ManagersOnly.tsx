import { st } from '../../../lib/settings/messages';

/** What a page of the inventory set-up says to someone whose role may not use it (the server's refusal). */
export function ManagersOnly({ title, adminsOnly }: { title: string; adminsOnly?: boolean }) {
  return (
    <section className="card narrow" data-testid="refused">
      <h1>{title}</h1>
      <p>{st(adminsOnly ? 'refused.admins' : 'refused.managers')}</p>
    </section>
  );
}
