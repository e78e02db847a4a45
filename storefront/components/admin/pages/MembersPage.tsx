import type { Role } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, label } from '../../../lib/admin/format';
import { inviteMemberAction, revokeInvitationAction } from '../../../lib/admin/invitation-actions';
import { AdminInvitationsQuery } from '../../../lib/admin/invitation-operations';
import { grantRoleAction, revokeRoleAction } from '../../../lib/admin/member-actions';
import { AdminMembersQuery } from '../../../lib/admin/member-operations';
import { manageableRoles, mayManage, ROLE_ORDER } from '../../../lib/admin/members';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one, query } from './params';

/**
 * Who works here and as what: filter by role, invite an address by e-mail (the link is shown to the inviter),
 * grant a role to an existing account, revoke one; open invitations can be revoked until they are used.
 */
export async function MembersPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'members');
  const roleParam = one(params, 'role') as Role;
  const role = ROLE_ORDER.includes(roleParam) ? roleParam : null;
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ role, after })}`, 'members');
  const done = one(params, 'done');
  const [{ members }, { invitations }] = await Promise.all([adminQuery(slug, AdminMembersQuery, { role, after }), adminQuery(slug, AdminInvitationsQuery, {})]);
  const open = invitations.edges.map((e) => e.node).filter((i) => i.state === 'PENDING');
  const rows = members.edges.map((e) => e.node);
  const grantable = manageableRoles(viewer.tenant.kind, viewer.roles);

  return (
    <div>
      <h1>{t('admin.members.title')}</h1>
      <p className="hint">{t('admin.members.intro')}</p>
      {done === 'revoked' && (
        <p role="status" className="notice-ok">
          {t('admin.members.revoked')}
        </p>
      )}
      {done === 'invitationRevoked' && (
        <p role="status" className="notice-ok">
          {t('admin.invitations.revoked')}
        </p>
      )}
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('admin.invitations.invite')}</h2>
        <p className="hint">{t('admin.invitations.intro')}</p>
        <ActionForm
          action={inviteMemberAction.bind(null, slug)}
          label={t('admin.invitations.invite')}
          groups={[
            {
              fields: [
                { name: 'email', label: t('admin.invitations.email'), type: 'email', required: true, autoComplete: 'off' },
                { name: 'role', label: t('admin.members.role'), type: 'select', required: true, options: grantable.map((r) => ({ value: r, label: label(`admin.role.${r}`) })) },
              ],
            },
          ]}
          submitLabel={t('admin.invitations.inviteSubmit')}
          pendingLabel={t('admin.saving')}
        />
        {open.length > 0 && (
          <>
            <h3 id="open-invitations-heading">{t('admin.invitations.open')}</h3>
            <ul className="card-list" aria-labelledby="open-invitations-heading">
              {open.map((i) => (
                <li key={i.id} data-invitation={i.email}>
                  <strong>{i.email}</strong> · {label(`admin.role.${i.role}`)} · {t('admin.invitations.until', { date: formatDateTime(i.expiresAt) })}
                  {mayManage(viewer.roles, i.role) && (
                    <ActionForm
                      action={revokeInvitationAction.bind(null, slug, i.id)}
                      label={t('admin.invitations.revokeOne', { email: i.email })}
                      groups={[]}
                      secondary
                      submitLabel={t('admin.invitations.revoke')}
                      pendingLabel={t('admin.saving')}
                    />
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="grant-heading">
        <h2 id="grant-heading">{t('admin.members.grant')}</h2>
        <ActionForm
          action={grantRoleAction.bind(null, slug)}
          label={t('admin.members.grant')}
          groups={[
            {
              fields: [
                { name: 'email', label: t('admin.members.email'), hint: t('admin.members.emailHint'), required: true, autoComplete: 'off' },
                { name: 'role', label: t('admin.members.role'), type: 'select', required: true, options: grantable.map((r) => ({ value: r, label: label(`admin.role.${r}`) })) },
              ],
            },
          ]}
          submitLabel={t('admin.members.grantSubmit')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('admin.members.list')}</h2>
        <form method="get" action={base} className="filter-bar" aria-label={t('admin.members.filterLabel')}>
          <div className="field">
            <label htmlFor="members-role">{t('admin.members.role')}</label>
            <select id="members-role" name="role" defaultValue={role ?? ''}>
              <option value="">{t('admin.members.anyRole')}</option>
              {ROLE_ORDER.map((r) => (
                <option key={r} value={r}>
                  {label(`admin.role.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('admin.members.filter')}</button>
        </form>
        {rows.length === 0 ? (
          <p className="empty">{t('admin.members.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.members.member')}</th>
                  <th scope="col">{t('admin.members.role')}</th>
                  <th scope="col">{t('admin.members.since')}</th>
                  <th scope="col">{t('admin.members.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <tr key={m.id} data-membership={m.id} data-email={m.user.email}>
                    <th scope="row">
                      {m.user.name}
                      <br />
                      <span className="hint">{m.user.email}</span>
                    </th>
                    <td>{label(`admin.role.${m.role}`)}</td>
                    <td>{formatDateTime(m.createdAt)}</td>
                    <td>
                      {mayManage(viewer.roles, m.role) && (
                        <ActionForm
                          action={revokeRoleAction.bind(null, slug, m.id)}
                          label={t('admin.members.revokeOne', { name: m.user.name, role: label(`admin.role.${m.role}`) })}
                          groups={[]}
                          secondary
                          submitLabel={t('admin.members.revoke')}
                          pendingLabel={t('admin.saving')}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav className="pagination" aria-label={t('listing.pagination')}>
          {after && <a href={`${base}${query({ role })}`}>{t('listing.firstPage')}</a>}
          {members.pageInfo.hasNextPage && members.pageInfo.endCursor && (
            <a rel="next" href={`${base}${query({ role, after: members.pageInfo.endCursor })}`}>
              {t('listing.nextPage')}
            </a>
          )}
        </nav>
      </section>
    </div>
  );
}
