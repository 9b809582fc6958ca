import { CaseKind, ErrorCode } from '@hotline/contracts';
import type { AgencyEntity } from '@hotline/database';
import type { ReferenceSnapshot } from '../reference/reference-data.service';
import type { RoutingRuleCandidate } from './pick-routing-rule';
import { assertNotToAccused, decideRoute } from './route-decision';

const agency = (id: string, parentId: string | null, active = true) =>
  ({ id, code: id.toUpperCase(), name: id, nameEn: id, parentId, email: `${id}@x.vn`, headEmail: null, active }) as AgencyEntity;
// city > ward (> ward-unit); the inspectorate is the city's; the orphan has no managing level.
const agencies = [
  agency('city', null),
  agency('ward', 'city'),
  agency('ward-unit', 'ward'),
  agency('inspectorate', 'city'),
  agency('orphan', null),
];
const rules: RoutingRuleCandidate[] = [
  { id: 'denunciations', kind: CaseKind.Denunciation, categoryId: null, areaId: null, agencyId: 'inspectorate', priority: 200 },
  { id: 'ward-land', kind: null, categoryId: 'land', areaId: 'ward-area', agencyId: 'ward', priority: 100 },
];
const snapshot = {
  rules,
  agencyById: new Map(agencies.map((a) => [a.id, a])),
  categoryById: new Map([['land', { id: 'land', parentId: null }]]),
  areaById: new Map([['ward-area', { id: 'ward-area', parentId: null }]]),
} as unknown as ReferenceSnapshot;
const denunciation = (accusedAgencyId: string | null) => ({
  kind: CaseKind.Denunciation,
  categoryId: 'land',
  areaId: 'ward-area',
  accusedAgencyId,
});

describe('decideRoute', () => {
  it('places an ordinary case by the most specific rule', () => {
    expect(decideRoute(snapshot, { ...denunciation(null), kind: CaseKind.Feedback })).toEqual({
      agency: agencies[1],
      data: { ruleId: 'ward-land' },
    });
  });

  it('places a denunciation naming no one by the denunciation rule, not the ward’s category×area rule', () => {
    expect(decideRoute(snapshot, denunciation(null))).toEqual({ agency: agencies[3], data: { ruleId: 'denunciations' } });
  });

  it('sends a denunciation naming the accused agency to the level that manages it', () => {
    expect(decideRoute(snapshot, denunciation('ward'))).toEqual({ agency: agencies[0], data: { managerOfAccused: 'ward' } });
    expect(decideRoute(snapshot, denunciation('ward-unit'))).toEqual({ agency: agencies[1], data: { managerOfAccused: 'ward-unit' } });
  });

  it('sends it to triage when the accused agency has no managing level, or only an inactive one', () => {
    expect(decideRoute(snapshot, denunciation('orphan'))).toEqual({ agency: null });
    const inactiveCity = {
      ...snapshot,
      agencyById: new Map([...snapshot.agencyById, ['city', agency('city', null, false)]]),
    } as ReferenceSnapshot;
    expect(decideRoute(inactiveCity, denunciation('ward'))).toEqual({ agency: null });
  });
});

describe('assertNotToAccused', () => {
  it('refuses the accused agency and its units, with a stable code', () => {
    for (const target of ['ward', 'ward-unit']) {
      expect(() => assertNotToAccused(snapshot, denunciation('ward'), snapshot.agencyById.get(target)!)).toThrow(
        expect.objectContaining({ code: ErrorCode.DenunciationRoutedToAccused, status: 422 }),
      );
    }
  });

  it('allows the managing level, other agencies, and any agency for a case that accuses no one', () => {
    expect(() => assertNotToAccused(snapshot, denunciation('ward'), snapshot.agencyById.get('city')!)).not.toThrow();
    expect(() => assertNotToAccused(snapshot, denunciation('ward'), snapshot.agencyById.get('inspectorate')!)).not.toThrow();
    expect(() => assertNotToAccused(snapshot, denunciation(null), snapshot.agencyById.get('ward')!)).not.toThrow();
  });
});
