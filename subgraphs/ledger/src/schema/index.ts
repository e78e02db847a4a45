import { builder } from './builder';
import './account';
import './journal';
import './payouts';
import './payout-report';
import './rejected';
import './invoices';
import './expenses';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@extends', '@requires', '@provides', '@inaccessible'],
});
