/** Runs ledger as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL, <NAME>_URL of its peers. */
import { runSubgraphProcess } from '@webwaka/kit';
import { startLedger } from './server';

runSubgraphProcess('ledger', startLedger, 4005);
