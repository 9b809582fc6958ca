"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CurrentActor = exports.ALL_STAFF = exports.StaffOnly = exports.Public = exports.ACCESS_POLICY = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const common_2 = require("@nestjs/common");
const contracts_1 = require("@hotline/contracts");
exports.ACCESS_POLICY = 'hotline:access-policy';
/** Anyone may call this route. */
const Public = () => (0, common_1.SetMetadata)(exports.ACCESS_POLICY, { public: true });
exports.Public = Public;
/** Signed-in staff with one of these roles may call this route; what they may see is scoped further by the service. */
const StaffOnly = (...roles) => (0, common_2.applyDecorators)((0, common_1.SetMetadata)(exports.ACCESS_POLICY, { public: false, roles }), (0, swagger_1.ApiBearerAuth)());
exports.StaffOnly = StaffOnly;
exports.ALL_STAFF = Object.values(contracts_1.Role);
/** The actor of the request: the signed-in staff member, or the anonymous public. */
exports.CurrentActor = (0, common_1.createParamDecorator)((_, ctx) => {
    const request = ctx.switchToHttp().getRequest();
    return request.actor ?? { type: 'citizen' };
});
//# sourceMappingURL=access.decorators.js.map