import { CaseKind } from '@hotline/contracts';
import { pickRoutingRule, RoutingRuleCandidate, RoutingSubject } from './pick-routing-rule';

let seq = 0;
const rule = (r: Partial<RoutingRuleCandidate> & { agencyId: string }): RoutingRuleCandidate => ({
  id: `r${++seq}`,
  kind: null,
  categoryId: null,
  areaId: null,
  priority: 0,
  ...r,
});

// Category tree: land > land.compensation; area tree: city > ward-a.
const subject: RoutingSubject = {
  kind: CaseKind.Feedback,
  categoryChain: ['land.compensation', 'land'],
  areaChain: ['ward-a', 'city'],
};

describe('pickRoutingRule', () => {
  it('returns null when no rule matches', () => {
    expect(pickRoutingRule([rule({ categoryId: 'traffic', agencyId: 'transport' })], subject)).toBeNull();
  });

  it('matches a rule on a parent category', () => {
    expect(pickRoutingRule([rule({ categoryId: 'land', agencyId: 'environment' })], subject)?.agencyId).toBe('environment');
  });

  it('prefers the rule on the exact category over the parent category', () => {
    const rules = [rule({ categoryId: 'land', agencyId: 'environment' }), rule({ categoryId: 'land.compensation', agencyId: 'finance' })];
    expect(pickRoutingRule(rules, subject)?.agencyId).toBe('finance');
  });

  it('prefers category plus area over category alone', () => {
    const rules = [
      rule({ categoryId: 'land.compensation', agencyId: 'finance' }),
      rule({ categoryId: 'land', areaId: 'ward-a', agencyId: 'ward-a-committee' }),
    ];
    expect(pickRoutingRule(rules, subject)?.agencyId).toBe('ward-a-committee');
  });

  it('prefers the ward over the city for the same category', () => {
    const rules = [
      rule({ categoryId: 'land', areaId: 'city', agencyId: 'city-hall' }),
      rule({ categoryId: 'land', areaId: 'ward-a', agencyId: 'ward-a-committee' }),
    ];
    expect(pickRoutingRule(rules, subject)?.agencyId).toBe('ward-a-committee');
  });

  it('lets a kind-only rule win over nothing but lose to kind plus category', () => {
    const kindOnly = rule({ kind: CaseKind.Feedback, agencyId: 'hotline-desk' });
    expect(pickRoutingRule([kindOnly], subject)?.agencyId).toBe('hotline-desk');
    const kindAndCategory = rule({ kind: CaseKind.Feedback, categoryId: 'land', agencyId: 'environment' });
    expect(pickRoutingRule([kindOnly, kindAndCategory], subject)?.agencyId).toBe('environment');
  });

  it('ignores rules for another kind', () => {
    const rules = [rule({ kind: CaseKind.Denunciation, agencyId: 'inspectorate' }), rule({ categoryId: 'land', agencyId: 'environment' })];
    expect(pickRoutingRule(rules, subject)?.agencyId).toBe('environment');
  });

  it('places a denunciation by a denunciation rule, however specific the ordinary rules that match it', () => {
    const rules = [
      rule({ kind: CaseKind.Denunciation, agencyId: 'inspectorate' }),
      rule({ categoryId: 'land.compensation', areaId: 'ward-a', agencyId: 'ward-a-committee', priority: 500 }),
      rule({ agencyId: 'catch-all' }),
    ];
    expect(pickRoutingRule(rules, { ...subject, kind: CaseKind.Denunciation })?.agencyId).toBe('inspectorate');
  });

  it('leaves a denunciation unplaced (triage) when no denunciation rule matches, even with ordinary rules that would', () => {
    const rules = [rule({ categoryId: 'land', areaId: 'ward-a', agencyId: 'ward-a-committee' }), rule({ agencyId: 'catch-all' })];
    expect(pickRoutingRule(rules, { ...subject, kind: CaseKind.Denunciation })).toBeNull();
  });

  it('sends a denunciation to the inspectorate when its rule names kind and category', () => {
    const rules = [
      rule({ kind: CaseKind.Denunciation, categoryId: 'land', agencyId: 'inspectorate' }),
      rule({ categoryId: 'land.compensation', agencyId: 'finance' }),
    ];
    expect(pickRoutingRule(rules, { ...subject, kind: CaseKind.Denunciation })?.agencyId).toBe('inspectorate');
  });

  it('lets priority decide between rules naming as many criteria, before tree distance', () => {
    const rules = [
      rule({ categoryId: 'land.compensation', agencyId: 'finance', priority: 50 }),
      rule({ kind: CaseKind.Feedback, agencyId: 'inspectorate', priority: 200 }),
    ];
    expect(pickRoutingRule(rules, subject)?.agencyId).toBe('inspectorate');
  });

  it('breaks a tie of equal specificity by priority', () => {
    const rules = [rule({ categoryId: 'land', agencyId: 'low', priority: 1 }), rule({ categoryId: 'land', agencyId: 'high', priority: 5 })];
    expect(pickRoutingRule(rules, subject)?.agencyId).toBe('high');
  });

  it('matches a catch-all rule for a case without category', () => {
    const rules = [rule({ categoryId: 'land', agencyId: 'environment' }), rule({ agencyId: 'secretariat-desk' })];
    expect(pickRoutingRule(rules, { kind: CaseKind.Question, categoryChain: [], areaChain: [] })?.agencyId).toBe('secretariat-desk');
  });
});
