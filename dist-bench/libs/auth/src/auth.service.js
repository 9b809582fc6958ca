"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var AuthService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthService = void 0;
const common_1 = require("@nestjs/common");
const node_crypto_1 = require("node:crypto");
const jwt_1 = require("@nestjs/jwt");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const config_1 = require("@hotline/config");
const database_1 = require("@hotline/database");
const platform_1 = require("@hotline/platform");
const passwords_1 = require("./passwords");
let AuthService = AuthService_1 = class AuthService {
    dataSource;
    jwt;
    config;
    logger = new common_1.Logger(AuthService_1.name);
    /** Verifying against a throwaway hash when the email is unknown keeps that answer as slow as a wrong password. */
    unknownUserHash = (0, passwords_1.hashPassword)((0, node_crypto_1.randomUUID)());
    constructor(dataSource, jwt, config) {
        this.dataSource = dataSource;
        this.jwt = jwt;
        this.config = config;
    }
    async login(email, password) {
        const user = await this.dataSource
            .getRepository(database_1.UserEntity)
            .createQueryBuilder('u')
            .addSelect('u.passwordHash')
            .where('u.email = :email', { email: email.trim().toLowerCase() })
            .getOne();
        const ok = await (0, passwords_1.verifyPassword)(user?.passwordHash ?? (await this.unknownUserHash), password);
        if (!user || !ok || !user.active) {
            this.logger.warn({ userId: user?.id ?? null }, 'failed login');
            throw new platform_1.UnauthorizedError('Wrong email or password');
        }
        await this.dataSource.getRepository(database_1.UserEntity).update({ id: user.id }, { lastLoginAt: new Date() });
        const claims = { sub: user.id, role: user.role, agencyId: user.agencyId };
        this.logger.log({ userId: user.id, role: user.role }, 'login');
        return {
            accessToken: await this.jwt.signAsync(claims),
            expiresIn: this.config.auth.jwtTtlSeconds,
            user: { id: user.id, email: user.email, fullName: user.fullName, role: user.role, agencyId: user.agencyId },
        };
    }
};
exports.AuthService = AuthService;
exports.AuthService = AuthService = AuthService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        jwt_1.JwtService,
        config_1.AppConfig])
], AuthService);
//# sourceMappingURL=auth.service.js.map