import { builder } from './builder';
import './refs';
import './cart';
import './coupon';
import './promotions';
import './order';
import './settings';
import './external-order';
import './reports';
import './subscriptions';
import './rewards';
import './pos-holds';
import './gift-card-sales';
import './returns';
import './conversations';
import './pay-on-delivery';
import './shipments';
import './carrier-rates';
import './return-shipping';
import './carriers';
import './rider-locations';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@extends', '@requires', '@provides', '@inaccessible'],
});
