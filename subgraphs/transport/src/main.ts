/** Runs transport as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL, <NAME>_URL of its peers. */
import { runSubgraphProcess } from '@webwaka/kit';
import { startTransport } from './server';

runSubgraphProcess('transport', startTransport, 4007);
