import { JobName, jobIdOf } from './queues';

describe('jobIdOf', () => {
  it('names each job after its job name and the row it is about, so a second enqueue of the same work is the same job', () => {
    expect(jobIdOf({ name: JobName.RouteCase, data: { caseId: 'c1' } })).toBe('route-case.c1');
    expect(jobIdOf({ name: JobName.SendNotification, data: { notificationId: 'n1' } })).toBe('send-notification.n1');
    expect(jobIdOf({ name: JobName.ImportVoterPetitions, data: { importId: 'i1' } })).toBe('import-voter-petitions.i1');
  });

  it('builds ids BullMQ accepts (no colon)', () => {
    expect(jobIdOf({ name: JobName.RouteCase, data: { caseId: '0194f0a2-0000-7000-8000-000000000000' } })).not.toContain(':');
  });
});
