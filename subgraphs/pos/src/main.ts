/** Runs the point of sale as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL, <NAME>_URL of its peers. */
import { runSubgraphProcess } from '@webwaka/kit';
import { startPos } from './server';

runSubgraphProcess('pos', startPos, 4008);
