/** Runs identity as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL. */
import { runSubgraphProcess } from '@webwaka/kit';
import { startIdentity } from './server';

runSubgraphProcess('identity', startIdentity, 4001);
