/** Runs notifications as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL, <NAME>_URL of its peers. */
import { runSubgraphProcess } from '@webwaka/kit';
import { startNotifications } from './server';

runSubgraphProcess('notifications', startNotifications, 4009);
