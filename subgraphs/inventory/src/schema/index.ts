import { builder } from './builder';
import './refs';
import './location';
import './movement';
import './stock-level';
import './reservation';
import './channel';
import './alert';
import './offline';
import './report';
import './federation';

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@extends', '@requires', '@provides', '@inaccessible'],
});
