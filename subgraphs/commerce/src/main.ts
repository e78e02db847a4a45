/** Runs commerce as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL, <NAME>_URL of its peers. */
import { runSubgraphProcess } from '@webwaka/kit';
import { startCommerce } from './server';

runSubgraphProcess('commerce', startCommerce, 4004);
