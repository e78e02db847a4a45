import { mt } from '../../../lib/admin/mlas-messages';
import { AdminMyAgentProfileQuery } from '../../../lib/admin/mlas-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { CopyLink } from '../money/CopyLink';
import { commissionsPath } from './access';
import { AgentDetails } from './AgentPage';
import { ProgrammeTabs } from './ProgrammeLinks';

/** The signed-in agent's own profile: its referral code and link to share, its upline and its downline. */
export async function AgentProfilePage({ slug }: { slug: string }) {
  const viewer = await requireViewer(slug, commissionsPath(slug, '/profile'), 'commissions');
  const { myReferral } = viewer.roles.includes('AGENT') ? await adminQuery(slug, AdminMyAgentProfileQuery, {}) : { myReferral: null };
  return (
    <div>
      <h1>{mt('profile.title')}</h1>
      <ProgrammeTabs slug={slug} manager={viewer.access.manager} current="profile" />
      {myReferral ? (
        <>
          <section className="card" aria-labelledby="referral-link-title">
            <h2 id="referral-link-title">{mt('profile.code')}</h2>
            <p>
              <strong data-testid="profile-code">{myReferral.code}</strong>
            </p>
            <CopyLink value={myReferral.link} label={mt('profile.link')} copyLabel={mt('profile.copy')} copiedLabel={mt('profile.copied')} />
            <p className="hint">{mt('profile.linkHint')}</p>
          </section>
          <AgentDetails agent={myReferral.agent} agentsBase={null} />
        </>
      ) : (
        <p className="empty">{mt('profile.none')}</p>
      )}
    </div>
  );
}
