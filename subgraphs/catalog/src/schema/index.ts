import { builder } from './builder';
import './settings';
import './vendor';
import './product';
import './category';
import './collection';
import './listing';
import './search';
import './pricing';
import './checkout';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible'],
});
