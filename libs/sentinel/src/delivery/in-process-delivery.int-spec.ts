import { InProcessJobQueue } from './queue/in-process-job.queue.js';
import { describeDeliveryContract } from './testing/delivery.contract.js';

describeDeliveryContract('in-process', (options) => new InProcessJobQueue(options));
