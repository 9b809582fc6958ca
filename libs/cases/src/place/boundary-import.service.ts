import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { booleanWithin } from '@turf/boolean-within';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { Actor, ErrorCode } from '@hotline/contracts';
import { AreaEntity } from '@hotline/database';
import { FieldProblem, NotFoundError, RuleViolationsError } from '@hotline/platform';
import { ReferenceDataService } from '../reference/reference-data.service';
import { Boundary, boundaryProblems } from './boundary';
import { ImportBoundariesDto, SetBoundaryDto } from './place.dto';

/** One boundary to set: the area (by code or id), the geometry, and where each sits in the request. */
interface BoundaryItem {
  code?: unknown;
  areaId?: string;
  codeField: string;
  geometry: unknown;
  geometryField: string;
}

/** At most this many problems are listed (a file of thousands of bad features answers with the first ones). */
const MAX_PROBLEMS = 100;

type Problem = FieldProblem & { code: ErrorCode };

/**
 * Sets areas' boundaries from GeoJSON, all or nothing: every geometry is checked (boundaryProblems) and so is its place
 * in the tree — within its parent's boundary (the one in the same file, else the stored one), and holding its children's
 * stored boundaries — before any is written; any problem answers 422 naming the feature and writes nothing. The
 * change is audited per area and drops every process's reference data, so the next located case uses it.
 */
@Injectable()
export class BoundaryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly audit: AuditService,
  ) {}

  importCollection(dto: ImportBoundariesDto, actor: Actor, ip: string | null): Promise<string[]> {
    const items = dto.features.map((feature, i): BoundaryItem => {
      const properties = feature.properties as Record<string, unknown> | null | undefined;
      return {
        code: properties && typeof properties === 'object' ? properties.code : undefined,
        codeField: `features[${i}].properties.code`,
        geometry: feature.type === 'Feature' ? feature.geometry : undefined,
        geometryField: `features[${i}].geometry`,
      };
    });
    return this.apply(items, dto.approximate ?? false, actor, ip);
  }

  async setOne(areaId: string, dto: SetBoundaryDto, actor: Actor, ip: string | null): Promise<string[]> {
    return this.apply(
      [{ areaId, codeField: 'id', geometry: dto.geometry, geometryField: 'geometry' }],
      dto.approximate ?? false,
      actor,
      ip,
    );
  }

  private async apply(items: BoundaryItem[], approximate: boolean, actor: Actor, ip: string | null): Promise<string[]> {
    const updated = await this.dataSource.transaction(async (manager) => {
      // Locked: a concurrent import cannot slip a parent's boundary in between this check and this write.
      const areas = await manager.getRepository(AreaEntity).find({ lock: { mode: 'pessimistic_write' } });
      const byCode = new Map(areas.map((a) => [a.code, a]));
      const byId = new Map(areas.map((a) => [a.id, a]));
      const problems: Problem[] = [];
      const chosen = new Map<string, { item: BoundaryItem; boundary: Boundary }>();
      for (const item of items) {
        const area = item.areaId ? byId.get(item.areaId) : typeof item.code === 'string' ? byCode.get(item.code) : undefined;
        if (!area) {
          if (item.areaId) throw new NotFoundError('No such area');
          problems.push({ field: item.codeField, code: ErrorCode.UnknownAreaCode, message: `No area has the code ${String(item.code)}` });
          continue;
        }
        if (chosen.has(area.id)) {
          problems.push({ field: item.codeField, code: ErrorCode.DuplicateAreaCode, message: `The area ${area.code} appears twice` });
          continue;
        }
        const shape = boundaryProblems(item.geometry, item.geometryField, null) as Problem[];
        problems.push(...shape);
        if (shape.length === 0) chosen.set(area.id, { item, boundary: item.geometry as Boundary });
      }
      const boundaryOf = (id: string): Boundary | null => chosen.get(id)?.boundary ?? (byId.get(id)?.boundary as Boundary | null) ?? null;
      for (const [id, { item, boundary }] of chosen) {
        const area = byId.get(id)!;
        const parent = area.parentId ? boundaryOf(area.parentId) : null;
        if (parent && !booleanWithin(boundary, parent)) {
          problems.push({
            field: item.geometryField,
            code: ErrorCode.BoundaryOutsideParent,
            message: `The boundary of ${area.code} is not within its parent area's boundary`,
          });
          continue;
        }
        const outsideChild = areas.find(
          (c) => c.parentId === id && !chosen.has(c.id) && c.boundary && !booleanWithin(c.boundary as Boundary, boundary),
        );
        if (outsideChild) {
          problems.push({
            field: item.geometryField,
            code: ErrorCode.BoundaryOutsideParent,
            message: `The boundary of ${area.code} does not hold the stored boundary of its area ${outsideChild.code}`,
          });
        }
      }
      if (problems.length > 0) throw new RuleViolationsError(problems.slice(0, MAX_PROBLEMS));
      for (const [id, { boundary }] of chosen) {
        await manager.query(`UPDATE areas SET boundary = $2, boundary_approximate = $3 WHERE id = $1`, [
          id,
          JSON.stringify({ type: boundary.type, coordinates: boundary.coordinates }),
          approximate,
        ]);
      }
      await this.audit.recordMany(
        [...chosen.keys()].map((id) => {
          const before = byId.get(id)!;
          return {
            action: AuditAction.ReferenceChanged,
            actor,
            target: { type: 'area', id },
            ip,
            data: {
              kind: 'area',
              op: 'boundary_imported',
              before: {
                code: before.code,
                boundary: before.boundary ? before.boundary.type : null,
                approximate: before.boundaryApproximate,
              },
              after: { code: before.code, boundary: chosen.get(id)!.boundary.type, approximate },
            },
          };
        }),
        manager,
      );
      return [...chosen.keys()].map((id) => byId.get(id)!.code).sort();
    });
    await this.reference.changed();
    return updated;
  }
}
