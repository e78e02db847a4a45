/** The back office offers integrators exactly the API scopes the platform knows (the protocol's API_SCOPES). */
import { API_SCOPES } from '@webwaka/protocol';
import { API_KEY_SCOPES } from '../storefront/lib/admin/scopes';

test('the API-key page offers every API scope, and only those', () => {
  expect([...API_KEY_SCOPES].sort()).toEqual([...API_SCOPES].sort());
});
