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
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessGuard = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const jwt_1 = require("@nestjs/jwt");
const platform_1 = require("@hotline/platform");
const access_decorators_1 = require("./access.decorators");
/**
 * Applied to every route. A route without a declared policy is refused: forgetting the decorator fails closed.
 */
let AccessGuard = class AccessGuard {
    reflector;
    jwt;
    constructor(reflector, jwt) {
        this.reflector = reflector;
        this.jwt = jwt;
    }
    async canActivate(context) {
        const policy = this.reflector.getAllAndOverride(access_decorators_1.ACCESS_POLICY, [context.getHandler(), context.getClass()]);
        if (!policy)
            throw new platform_1.ForbiddenError('This route declares no access policy');
        if (policy.public)
            return true;
        const request = context.switchToHttp().getRequest();
        const header = request.headers.authorization ?? '';
        const [scheme, token] = header.split(' ');
        if (scheme !== 'Bearer' || !token)
            throw new platform_1.UnauthorizedError('Sign in: send Authorization: Bearer <token>');
        let claims;
        try {
            claims = await this.jwt.verifyAsync(token);
        }
        catch {
            throw new platform_1.UnauthorizedError('The token is invalid or has expired; sign in again');
        }
        if (!policy.roles.includes(claims.role))
            throw new platform_1.ForbiddenError(`A ${claims.role} may not do this`);
        request.actor = { type: 'staff', userId: claims.sub, role: claims.role, agencyId: claims.agencyId };
        return true;
    }
};
exports.AccessGuard = AccessGuard;
exports.AccessGuard = AccessGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.Reflector,
        jwt_1.JwtService])
], AccessGuard);
//# sourceMappingURL=access.guard.js.map