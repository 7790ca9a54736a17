import { describe, it } from '@jest/globals';
import type { GrievanceFiled } from '@saksi/events';
import { given } from '../testing/given-when-then.js';
import { grievanceDecider } from './grievance.decider.js';

const filing: GrievanceFiled['data'] = {
  grievanceId: 'g-1',
  trackingCode: 'AB12-CD34',
  category: 'payment',
  text: 'Our family was told to give back part of the money.',
  anonymous: true,
  answerDueBy: '2024-04-15',
};
const filed = { type: 'grievance.filed' as const, data: filing };
const answer = {
  kind: 'answer-grievance' as const,
  data: { grievanceId: 'g-1', answer: 'The inspectorate will visit on 10 April.' },
};

describe('grievances', () => {
  it('files an anonymous grievance', () => {
    given(grievanceDecider).when({ kind: 'file-grievance', data: filing }).then([filed]);
  });

  it('answers a grievance once', () => {
    given(grievanceDecider, [filed])
      .when(answer)
      .then([{ type: 'grievance.answered', data: answer.data }]);
    given(grievanceDecider, [filed, { type: 'grievance.answered', data: answer.data }])
      .when(answer)
      .thenRefuses('GRIEVANCE.ALREADY_ANSWERED', 'conflict');
  });

  it('refuses an answer to a grievance that was never filed', () => {
    given(grievanceDecider).when(answer).thenRefuses('GRIEVANCE.NOT_FOUND', 'not-found');
  });
});
