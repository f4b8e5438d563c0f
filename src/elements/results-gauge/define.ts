import { define } from '../shared/define.js';
import { CapResultsGauge } from './results-gauge.js';

define('cap-results-gauge', CapResultsGauge);

export { CapResultsGauge };
