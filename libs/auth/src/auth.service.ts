import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@hotline/config';
import { UserEntity } from '@hotline/database';
import { UnauthorizedError } from '@hotline/platform';
import { TokenClaims } from './access.guard';
import { LoginResultDto } from './dto/login.dto';
import { hashPassword, verifyPassword } from './passwords';


@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Verifying against a throwaway hash when the email is unknown keeps that answer as slow as a wrong password. */
  private readonly unknownUserHash = hashPassword(randomUUID());

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<LoginResultDto> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await this.unknownUserHash), password);
    if (!user || !ok || !user.active) {
      this.logger.warn({ userId: user?.id ?? null }, 'failed login');
      throw new UnauthorizedError('Wrong email or password');
    }
    await this.dataSource.getRepository(UserEntity).update({ id: user.id }, { lastLoginAt: new Date() });
    const claims: TokenClaims = { sub: user.id, role: user.role, agencyId: user.agencyId };
    this.logger.log({ userId: user.id, role: user.role }, 'login');
    return {
      accessToken: await this.jwt.signAsync(claims),
      expiresIn: this.config.auth.jwtTtlSeconds,
      user: { id: user.id, email: user.email, fullName: user.fullName, role: user.role, agencyId: user.agencyId },
    };
  }
}
