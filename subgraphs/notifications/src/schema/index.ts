import { builder } from './builder';
import './messages';
import './templates';
import './providers';
import './preferences';
import './sandbox';
import './push';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible'],
});
