import { define } from '../shared/define.js';
import { CapNetworkOverview } from './network-overview.js';

define('cap-network-overview', CapNetworkOverview);

export { CapNetworkOverview };
