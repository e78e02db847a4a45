import { builder } from './builder';
import './seat-map';
import './network';
import './holds';
import './bookings';
import './agents';
import './listings';
import './purchases';
import './cash';
import './reports';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@extends', '@requires', '@provides', '@inaccessible'],
});
