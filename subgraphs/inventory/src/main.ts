/** Runs inventory as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL. */
import { runSubgraphProcess } from '@webwaka/kit';
import { startInventory } from './server';

runSubgraphProcess('inventory', startInventory, 4003);
