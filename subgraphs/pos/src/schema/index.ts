import { builder } from './builder';
import './devices';
import './cashiers';
import './sales';
import './till';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@extends', '@requires', '@provides', '@inaccessible'],
});
