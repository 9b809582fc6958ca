import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@hotline/audit';
import { Clock } from '@hotline/config';
import { isAgencyRole, StaffActor } from '@hotline/contracts';
import { AgencyEntity, isUniqueViolation, newId, UserEntity } from '@hotline/database';
import { ConflictError, InvalidInputError, NotFoundError } from '@hotline/platform';
import { checkPasswordChoice } from '../auth.service';
import { hashPassword } from '../passwords';
import { SessionService } from '../sessions/session.service';
import {
  CreatedUserDto,
  CreateUserDto,
  PasswordResetDto,
  SessionsEndedDto,
  UpdateUserDto,
  UserDto,
  UserListDto,
  UserListQueryDto,
} from './users.dto';

/** Readable, strong enough for a one-time password, and always passing the password rule. */
const temporaryPassword = (): string => `${randomBytes(12).toString('base64url')}-${randomBytes(1)[0] % 10}`;

/** The administrators' user management; every change is an audit row in its transaction. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: UserListQueryDto): Promise<UserListDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.agencyId) qb.andWhere('u.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.q) qb.andWhere(`(u.full_name ILIKE :q OR u.email ILIKE :q)`, { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [users, total] = await qb
      .orderBy('u.email')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: users.map(toDto), total };
  }

  async create(input: CreateUserDto, actor: StaffActor, ip: string | null): Promise<CreatedUserDto> {
    const email = input.email.trim().toLowerCase();
    const given = input.password;
    if (given) checkPasswordChoice(email, given);
    const password = given ?? temporaryPassword();
    const user: UserEntity = {
      id: newId(),
      email,
      passwordHash: await hashPassword(password),
      fullName: input.fullName.trim(),
      role: input.role,
      agencyId: input.agencyId ?? null,
      active: true,
      createdAt: this.clock.now(),
      lastLoginAt: null,
      totpSecretEnc: null,
      totpEnabledAt: null,
      totpLastStep: null,
      mustChangePassword: !given,
      passwordChangedAt: null,
    };
    await this.dataSource.transaction(async (manager) => {
      await this.checkAgency(manager, user.role, user.agencyId);
      try {
        await manager.insert(UserEntity, user);
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ConflictError(`A user with the email ${email} exists`, [{ field: 'email', message: 'Already in use' }]);
        throw err;
      }
      await this.audit.record(
        {
          action: AuditAction.UserCreated,
          actor,
          target: { type: 'user', id: user.id },
          ip,
          data: { role: user.role, agencyId: user.agencyId },
        },
        manager,
      );
    });
    return { user: toDto(user), ...(given ? {} : { temporaryPassword: password }) };
  }

  async update(id: string, input: UpdateUserDto, actor: StaffActor, ip: string | null): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      if (id === actor.userId && (input.active === false || (input.role && input.role !== user.role))) {
        throw new InvalidInputError(input.active === false ? 'active' : 'role', 'An administrator cannot deactivate or demote themselves');
      }
      const changes: Partial<UserEntity> = {};
      if (input.fullName !== undefined) changes.fullName = input.fullName.trim();
      if (input.role !== undefined) changes.role = input.role;
      if (input.agencyId !== undefined) changes.agencyId = input.agencyId;
      if (input.active !== undefined) changes.active = input.active;
      const next = { ...user, ...changes };
      await this.checkAgency(manager, next.role, next.agencyId);
      if (Object.keys(changes).length > 0) await manager.update(UserEntity, { id }, changes);
      const ended = input.active === false ? await this.sessions.revokeAll(id, 'deactivated', undefined, manager) : 0;
      await this.audit.record(
        {
          action: AuditAction.UserUpdated,
          actor,
          target: { type: 'user', id },
          ip,
          data: { changed: Object.keys(changes), sessionsEnded: ended },
        },
        manager,
      );
      return toDto(next);
    });
  }

  /** A one-time password the user must replace at next sign-in; every session of the user ends. */
  async resetPassword(id: string, actor: StaffActor, ip: string | null): Promise<PasswordResetDto> {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      await this.lockUser(manager, id);
      await manager.update(UserEntity, { id }, { passwordHash, mustChangePassword: true, passwordChangedAt: this.clock.now() });
      const sessionsEnded = await this.sessions.revokeAll(id, 'password reset by an administrator', undefined, manager);
      await this.audit.record(
        { action: AuditAction.PasswordReset, actor, target: { type: 'user', id }, ip, data: { sessionsEnded } },
        manager,
      );
      return { temporaryPassword: password, sessionsEnded };
    });
  }

  /** For a lost phone: the second factor is off (to be set up again) and every session ends. */
  async resetSecondFactor(id: string, actor: StaffActor, ip: string | null): Promise<SessionsEndedDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockUser(manager, id);
      await manager.update(UserEntity, { id }, { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null });
      const sessionsEnded = await this.sessions.revokeAll(id, 'second factor reset by an administrator', undefined, manager);
      await this.audit.record(
        { action: AuditAction.SecondFactorReset, actor, target: { type: 'user', id }, ip, data: { sessionsEnded } },
        manager,
      );
      return { sessionsEnded };
    });
  }

  async revokeSessions(id: string, actor: StaffActor, ip: string | null): Promise<SessionsEndedDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockUser(manager, id);
      const sessionsEnded = await this.sessions.revokeAll(id, 'ended by an administrator', undefined, manager);
      await this.audit.record(
        { action: AuditAction.SessionRevoked, actor, target: { type: 'user', id }, ip, data: { sessionsEnded } },
        manager,
      );
      return { sessionsEnded };
    });
  }

  private async lockUser(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError(`No user ${id}`);
    return user;
  }

  private async checkAgency(manager: EntityManager, role: UserEntity['role'], agencyId: string | null): Promise<void> {
    if (isAgencyRole(role) && !agencyId) throw new InvalidInputError('agencyId', 'Agency officers and heads belong to an agency');
    if (agencyId && !(await manager.existsBy(AgencyEntity, { id: agencyId })))
      throw new InvalidInputError('agencyId', `No agency ${agencyId}`);
  }
}

const toDto = (u: UserEntity): UserDto => ({
  id: u.id,
  email: u.email,
  fullName: u.fullName,
  role: u.role,
  agencyId: u.agencyId,
  active: u.active,
  totpEnabled: u.totpEnabledAt !== null,
  mustChangePassword: u.mustChangePassword,
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
});
