import { Role, ROLE_GATES, RoleGateName } from '@hotline/contracts';
import { abilityFor } from './abilities';

/** The web UI's role gates (libs/contracts) offer an action to exactly the roles the policy table lets do it. */
describe('the web role gates agree with the policy table', () => {
  it.each(Object.keys(ROLE_GATES) as RoleGateName[])('%s', (gate) => {
    const [action, subject] = ROLE_GATES[gate].policy;
    const allowed = Object.values(Role).filter((role) => abilityFor(role).can(action, subject));
    const offered = Object.values(Role).filter((role) => ROLE_GATES[gate].roles[role]);
    expect(offered).toEqual(allowed);
  });
});
