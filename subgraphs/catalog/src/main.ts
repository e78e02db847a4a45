/** Runs catalog as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL. */
import { runSubgraphProcess } from '@webwaka/kit';
import { startCatalog } from './server';

runSubgraphProcess('catalog', startCatalog, 4002);
