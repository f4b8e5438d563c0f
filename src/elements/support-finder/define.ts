import { define } from '../shared/define.js';
import { CapSupportFinder } from './support-finder.js';

define('cap-support-finder', CapSupportFinder);

export { CapSupportFinder };
