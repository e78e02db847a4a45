// The affiliate programme (MLAS) and the book (ledger) in the back office, in real Chromium against the real
// stack, on a phone. The marketplace administrator (with their authenticator code) adds an agent under an
// upline, moves it, suspends and reactivates it; creates a revenue model of its own with custom levels and
// percentages and puts it in use; changes the attribution settings; posts a balanced adjustment (an
// unbalanced one is refused, saying by how much), finds it in the journal and the trial balance and reverses
// it; and sets the payout schedule. An agent is refused those pages on the server (404) and reads its own
// profile with its referral link. axe checks each page.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import mlas from '../../storefront/messages/mlas.en.json';
import { DEMO_AGENTS } from '../../prisma/seed/mlas';
import { tenantId } from '../../subgraphs/commerce/test/support';
import { assertLedgerInvariants } from '../support/ledger';
import { screenshot, expectAccessible, describeInChromium, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';
import type { TestStack } from '../support/stack';

const MARKET = 'naija-market';
const upline = DEMO_AGENTS.find((a) => a.code === 'ZAINAB-NJM')!;
const agent = DEMO_AGENTS.find((a) => a.code === 'MUSA-NJM')!;
/** A member who becomes an agent here in this test (staff elsewhere; the AGENT role granted below). */
const NEW_AGENT_EMAIL = 'staff@webwaka.test';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));

function mlasSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;

  const signIn = (p: Page, user: string) => signInToBackOffice(p, { stack, storefrontUrl, tenant: MARKET, user });
  const admin = (path = '') => `${storefrontUrl}/admin/${MARKET}${path}`;

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    return context.newPage();
  }

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
    const prisma = stack.stack.prisma;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: NEW_AGENT_EMAIL } });
    await prisma.membership.create({ data: { id: randomUUID(), userId: user.id, tenantId: await tenantId(prisma, MARKET), role: 'AGENT' } });
  }, 600_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  afterEach(async () => {
    await assertLedgerInvariants(stack.stack.prisma);
  });

  test('the administrator adds an agent under an upline, moves it, suspends and reactivates it', async () => {
    const page = await newPage();
    await signIn(page, 'client');
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.commissions'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.money.commissions.title'] }).waitFor();
    await page.getByRole('navigation', { name: mlas['links.label'] }).getByRole('link', { name: mlas['links.agents'] }).click();
    await page.getByRole('heading', { level: 1, name: mlas['agents.title'] }).waitFor();
    const list = page.getByRole('region', { name: mlas['agents.table'] });
    await list.getByRole('row').filter({ has: page.getByRole('link', { name: agent.code, exact: true }) }).filter({ hasText: upline.code }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-mlas-agents');

    // Someone without the AGENT role cannot be made an agent: MLAS says so next to the e-mail.
    const create = page.getByRole('form', { name: mlas['agents.create'] });
    await create.getByLabel(mlas['agents.emailLabel']).fill('customer@webwaka.test');
    await create.getByRole('button', { name: mlas['agents.createSubmit'] }).click();
    await create.getByText('holds the AGENT role').waitFor();
    await create.getByLabel(mlas['agents.emailLabel']).fill(NEW_AGENT_EMAIL);
    await create.getByLabel(mlas['agents.codeLabel']).fill('FUNKE-NJM');
    await create.getByLabel(mlas['agents.uplineLabel']).selectOption({ label: `${upline.code} (${upline.email})` });
    await create.getByRole('button', { name: mlas['agents.createSubmit'] }).click();
    await page.getByText(mlas['agents.done.created']).waitFor();
    await page.getByRole('heading', { level: 1, name: fill(mlas['agents.profileTitle'], { code: 'FUNKE-NJM' }) }).waitFor();
    expect(await page.getByTestId('agent-upline').textContent()).toBe(upline.code);
    await expectAccessible(page);

    // Under Musa instead of Zainab.
    const move = page.getByRole('form', { name: mlas['agents.setUpline'] });
    await move.getByLabel(mlas['agents.uplineLabel']).selectOption({ label: `${agent.code} (${agent.email})` });
    await move.getByRole('button', { name: mlas['agents.setUplineSubmit'] }).click();
    await page.getByText(mlas['agents.done.upline']).waitFor();
    expect(await page.getByTestId('agent-upline').textContent()).toBe(agent.code);

    await page.getByRole('button', { name: mlas['agents.suspend'] }).click();
    await page.getByText(mlas['agents.done.SUSPENDED']).waitFor();
    expect(await page.getByTestId('agent-status').textContent()).toBe(mlas['agents.statuses.SUSPENDED']);
    await page.getByRole('button', { name: mlas['agents.reactivate'] }).click();
    await page.getByText(mlas['agents.done.ACTIVE']).waitFor();
    expect(await page.getByTestId('agent-status').textContent()).toBe(mlas['agents.statuses.ACTIVE']);
    await screenshot(page, 'backoffice-mlas-agent');

    const row = await stack.stack.prisma.agentProfile.findFirstOrThrow({ where: { code: 'FUNKE-NJM' } });
    expect({ uplineId: row.uplineId, status: row.status }).toEqual({ uplineId: agent.id, status: 'ACTIVE' });
    await page.context().close();
  });

  test('the administrator creates a revenue model of its own and puts it in use, then changes the attribution settings', async () => {
    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: MARKET, user: 'client', path: '/commissions/models', landing: mlas['models.title'] });
    await page.getByRole('heading', { level: 1, name: mlas['models.title'] }).waitFor();
    expect(await page.getByTestId('revenue-model').count()).toBeGreaterThanOrEqual(5);
    await expectAccessible(page);

    // More than the whole pool: MLAS refuses, and the form says so.
    const create = page.getByRole('form', { name: mlas['models.create'] });
    await create.getByLabel(mlas['models.name']).fill('Lagos agents');
    await create.getByLabel(mlas['models.platform']).fill('90');
    await create.getByLabel(mlas['models.agentLevels']).fill('25, 10');
    await create.getByRole('button', { name: mlas['models.createSubmit'] }).click();
    await create.getByRole('alert').waitFor();
    await create.getByLabel(mlas['models.agentLevels']).fill('abc');
    await create.getByRole('button', { name: mlas['models.createSubmit'] }).click();
    await create.getByText(mlas['invalid.levels']).waitFor();

    await create.getByLabel(mlas['models.platform']).fill('10');
    await create.getByLabel(mlas['models.partner']).fill('5');
    await create.getByLabel(mlas['models.agentLevels']).fill('25, 10, 2.5');
    await create.getByLabel(mlas['models.residual']).selectOption('CLIENT');
    await create.getByRole('button', { name: mlas['models.createSubmit'] }).click();
    await page.getByText(mlas['models.done.created']).waitFor();
    const model = page.getByRole('region', { name: 'Lagos agents', exact: true });
    const shares = model.getByRole('region', { name: fill(mlas['models.shares'], { name: 'Lagos agents' }) });
    expect(await shares.getByRole('row').filter({ hasText: fill(mlas['models.beneficiaries.AGENT'], { level: 3 }) }).textContent()).toContain('2.5%');
    expect(await shares.getByRole('row').filter({ hasText: mlas['models.beneficiaries.PLATFORM'] }).textContent()).toContain('10%');

    await model.getByRole('button', { name: mlas['models.use'] }).click();
    await page.getByText(mlas['models.done.assigned']).waitFor();
    await page.getByRole('region', { name: 'Lagos agents', exact: true }).getByText(mlas['models.assigned']).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-mlas-models');

    // Its own model can be edited: a fourth level.
    await page.getByText(fill(mlas['models.edit'], { name: 'Lagos agents' })).click();
    const edit = page.getByRole('form', { name: fill(mlas['models.edit'], { name: 'Lagos agents' }) });
    expect(await edit.getByLabel(mlas['models.agentLevels']).inputValue()).toBe('25, 10, 2.5');
    await edit.getByLabel(mlas['models.agentLevels']).fill('25, 10, 2.5, 1');
    await edit.getByRole('button', { name: mlas['models.editSubmit'] }).click();
    await page.getByText(mlas['models.done.updated']).waitFor();
    await page.getByRole('region', { name: 'Lagos agents', exact: true }).getByRole('row').filter({ hasText: fill(mlas['models.beneficiaries.AGENT'], { level: 4 }) }).waitFor();

    // Attribution: first touch, a 14-day window, 7.5% of a ticket.
    await page.getByRole('navigation', { name: mlas['links.label'] }).getByRole('link', { name: mlas['links.attribution'] }).click();
    await page.getByRole('heading', { level: 1, name: mlas['attribution.title'] }).waitFor();
    expect(await page.getByTestId('attribution-settings').textContent()).toContain('Lagos agents');
    const form = page.getByRole('form', { name: mlas['attribution.title'] });
    await form.getByLabel(mlas['attribution.window']).fill('400');
    await form.getByRole('button', { name: mlas['attribution.save'] }).click();
    await form.getByText(mlas['invalid.window']).waitFor();
    await form.getByLabel(mlas['attribution.model']).selectOption('FIRST_TOUCH');
    await form.getByLabel(mlas['attribution.window']).fill('14');
    await form.getByLabel(mlas['attribution.ticket']).fill('7.5');
    await form.getByRole('button', { name: mlas['attribution.save'] }).click();
    await page.getByText(mlas['attribution.done']).waitFor();
    const settings = await page.getByTestId('attribution-settings').textContent();
    expect(settings).toContain(fill(mlas['attribution.days'], { days: 14 }));
    expect(settings).toContain('7.5%');
    expect(settings).toContain(mlas['attribution.models.FIRST_TOUCH']);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-mlas-attribution');
    await page.context().close();
  });

  test('the administrator posts a balanced adjustment, finds it in the journal and the trial balance, and reverses it', async () => {
    const page = await newPage();
    await signIn(page, 'client');
    await page.getByRole('link', { name: en['admin.nav.money'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.money.title'] }).waitFor();
    await page.getByRole('navigation', { name: mlas['money.tabs'] }).getByRole('link', { name: mlas['journal.title'] }).click();
    await page.getByRole('heading', { level: 1, name: mlas['journal.title'] }).waitFor();
    await expectAccessible(page);

    const revenue = `${en['admin.money.owner.TENANT']} · ${en['admin.money.purpose.CLIENT_REVENUE']}`;
    const owedToMusa = `${agent.email} (${agent.code}) · ${en['admin.money.purpose.AGENT_COMMISSION_PAYABLE']}`;
    const form = page.getByRole('form', { name: mlas['journal.adjust'] });
    const line = (n: number) => form.getByRole('group', { name: fill(mlas['journal.line'], { n }) });
    await form.getByLabel(mlas['journal.reason']).fill('Goodwill bonus for Musa');
    await line(1).getByLabel(mlas['journal.account']).selectOption({ label: revenue });
    await line(1).getByLabel(mlas['journal.side']).selectOption('DEBIT');
    await line(1).getByLabel(mlas['journal.lineAmount']).fill('1500');
    await line(2).getByLabel(mlas['journal.account']).selectOption({ label: owedToMusa });
    await line(2).getByLabel(mlas['journal.side']).selectOption('CREDIT');
    await line(2).getByLabel(mlas['journal.lineAmount']).fill('1000');
    await form.getByRole('button', { name: mlas['journal.adjustSubmit'] }).click();
    // Unbalanced: refused before anything is posted, saying both sums.
    await form.getByRole('alert').getByText(fill(mlas['journal.invalid.unbalanced'], { debits: '₦1,500.00', credits: '₦1,000.00' })).waitFor();
    expect(await stack.stack.prisma.journalEntry.count({ where: { kind: 'ADJUSTMENT' } })).toBe(0);
    await expectAccessible(page);

    await line(2).getByLabel(mlas['journal.lineAmount']).fill('1500');
    await form.getByRole('button', { name: mlas['journal.adjustSubmit'] }).click();
    await page.getByText(mlas['journal.done.posted']).waitFor();
    expect(await page.getByTestId('entry-kind').textContent()).toBe(mlas['journal.kinds.ADJUSTMENT']);
    const lines = page.getByRole('region', { name: mlas['journal.lines'] });
    expect(await lines.getByRole('row').filter({ hasText: en['admin.money.purpose.CLIENT_REVENUE'] }).textContent()).toContain('₦1,500.00');
    expect(await lines.getByRole('row').filter({ hasText: en['admin.money.purpose.AGENT_COMMISSION_PAYABLE'] }).textContent()).toContain('₦1,500.00');
    await expectAccessible(page);
    await screenshot(page, 'backoffice-journal-entry');
    const entryUrl = page.url();

    // In the journal, and in the trial balance (which balances).
    await page.getByRole('link', { name: mlas['journal.back'] }).click();
    await page.getByRole('region', { name: mlas['journal.table'] }).getByRole('row').filter({ hasText: 'Goodwill bonus for Musa' }).filter({ hasText: '₦1,500.00' }).waitFor();
    await screenshot(page, 'backoffice-journal');
    await page.getByRole('navigation', { name: mlas['money.tabs'] }).getByRole('link', { name: mlas['trial.title'] }).click();
    await page.getByRole('heading', { level: 1, name: mlas['trial.title'] }).waitFor();
    const trial = page.getByRole('region', { name: mlas['trial.table'] });
    const row = (purpose: keyof typeof en) => trial.getByRole('row').filter({ has: page.getByRole('rowheader', { name: en[purpose], exact: true }) });
    expect((await row('admin.money.purpose.CLIENT_REVENUE').locator('td').allTextContents()).slice(0, 2)).toEqual(['₦1,500.00', '₦0.00']);
    expect((await row('admin.money.purpose.AGENT_COMMISSION_PAYABLE').locator('td').allTextContents())[1]).toBe('₦1,500.00');
    expect(await page.getByTestId('total-debits').textContent()).toBe(await page.getByTestId('total-credits').textContent());
    expect(await page.getByTestId('trial-balanced').textContent()).toBe(mlas['trial.balanced']);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-trial-balance');

    // Reversed, once: the mirror entry, and no second reversal offered.
    await page.goto(entryUrl);
    const reverse = page.getByRole('form', { name: mlas['journal.reverse'] });
    await reverse.getByLabel(mlas['journal.reason']).fill('Paid in cash instead');
    await reverse.getByRole('button', { name: mlas['journal.reverseSubmit'] }).click();
    await page.getByText(mlas['journal.done.reversed']).waitFor();
    expect(await page.getByTestId('entry-kind').textContent()).toBe(mlas['journal.kinds.REVERSAL']);
    await page.goto(entryUrl);
    await page.getByTestId('reversed-by').waitFor();
    expect(await page.getByRole('form', { name: mlas['journal.reverse'] }).count()).toBe(0);
    await page.goto(admin('/money/trial-balance'));
    expect((await row('admin.money.purpose.CLIENT_REVENUE').locator('td').allTextContents())).toEqual(['₦1,500.00', '₦1,500.00', '₦0.00']);
    await page.context().close();
  });

  test('the administrator sets the payout schedule and minimum', async () => {
    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: MARKET, user: 'client', path: '/money/payout-settings', landing: mlas['payouts.title'] });
    const form = page.getByRole('form', { name: mlas['payouts.title'] });
    await form.getByLabel(mlas['payouts.minimum']).fill('-5');
    await form.getByRole('button', { name: mlas['payouts.save'] }).click();
    await form.getByText(mlas['journal.invalid.amount']).waitFor();
    await form.getByLabel(mlas['payouts.schedule']).selectOption('WEEKLY');
    await form.getByLabel(mlas['payouts.minimum']).fill('5000');
    await form.getByRole('button', { name: mlas['payouts.save'] }).click();
    await page.getByText(mlas['payouts.done']).waitFor();
    const settings = await page.getByTestId('payout-settings').textContent();
    expect(settings).toContain(mlas['payouts.schedules.WEEKLY']);
    expect(settings).toContain('₦5,000.00');
    expect(settings).not.toContain(mlas['payouts.nextRunNone']);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-payout-settings');
    await page.context().close();
  });

  test('an agent is refused the programme and book pages on the server and reads its own profile with its referral link', async () => {
    const page = await newPage();
    await signIn(page, 'agent');
    const entry = await stack.stack.prisma.journalEntry.findFirstOrThrow({ where: { kind: 'ADJUSTMENT' } });
    const refused = ['/commissions/agents', `/commissions/agents/${agent.id}`, '/commissions/models', '/commissions/attribution'];
    refused.push('/money/journal', `/money/journal/${entry.id}`, '/money/trial-balance', '/money/payout-settings');
    for (const path of refused) {
      const response = await page.goto(admin(path));
      expect([path, response?.status()]).toEqual([path, 404]);
      expect(await page.content()).not.toContain(upline.email);
    }
    await page.goto(admin('/commissions'));
    await page.getByRole('navigation', { name: mlas['links.label'] }).getByRole('link', { name: mlas['links.profile'] }).click();
    await page.getByRole('heading', { level: 1, name: mlas['profile.title'] }).waitFor();
    expect(await page.getByTestId('profile-code').textContent()).toBe(agent.code);
    expect(await page.getByLabel(mlas['profile.link']).inputValue()).toContain(`ref=${agent.code}`);
    expect(await page.getByTestId('agent-upline').textContent()).toBe(upline.code);
    await page.getByText('FUNKE-NJM').waitFor();
    expect(await page.getByRole('link', { name: upline.code }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-mlas-agent-profile');
    await page.context().close();
  });
}

describeInChromium('back office affiliate programme in Chromium', mlasSuite);
