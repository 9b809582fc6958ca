"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createValidationPipe = createValidationPipe;
const common_1 = require("@nestjs/common");
function flatten(errors, parent = '') {
    return errors.flatMap((e) => {
        const field = parent ? `${parent}.${e.property}` : e.property;
        const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
        return [...own, ...flatten(e.children ?? [], field)];
    });
}
/** Validates every body and query at the edge; unknown fields are refused and named. */
function createValidationPipe() {
    return new common_1.ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
        stopAtFirstError: false,
        exceptionFactory: (errors) => {
            const details = flatten(errors);
            return new common_1.BadRequestException({ message: details.map((d) => d.message).join('; ') || 'Invalid input', details });
        },
    });
}
//# sourceMappingURL=validation.pipe.js.map