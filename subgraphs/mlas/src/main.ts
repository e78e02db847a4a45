/** Runs mlas as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL, <NAME>_URL of its peers. */
import { runSubgraphProcess } from '@webwaka/kit';
import { startMlas } from './server';

runSubgraphProcess('mlas', startMlas, 4006);
