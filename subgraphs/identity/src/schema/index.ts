import { builder } from './builder';
import './tenant';
import './ancestry';
import './user';
import './customer-search';
import './session';
import './two-factor';
import './two-factor-reset';
import './api-key';
import './audit-event';
import './privacy';
import './address';
import './domain';
import './invitation';
import './account-security';
import './account-links';
import './phone-sign-in';
import './message-audience';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible'],
});
