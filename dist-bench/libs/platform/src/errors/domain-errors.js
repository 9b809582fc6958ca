"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UnauthorizedError = exports.ForbiddenError = exports.ConflictError = exports.InvalidTransitionError = exports.NotFoundError = exports.InvalidInputError = exports.DomainError = void 0;
/** A rule of the domain was broken; the filter maps `status` to the HTTP answer. */
class DomainError extends Error {
    details;
    constructor(message, details) {
        super(message);
        this.details = details;
        this.name = new.target.name;
    }
}
exports.DomainError = DomainError;
class InvalidInputError extends DomainError {
    status = 400;
    constructor(field, message) {
        super(message, [{ field, message }]);
    }
}
exports.InvalidInputError = InvalidInputError;
class NotFoundError extends DomainError {
    status = 404;
}
exports.NotFoundError = NotFoundError;
class InvalidTransitionError extends DomainError {
    status = 409;
}
exports.InvalidTransitionError = InvalidTransitionError;
class ConflictError extends DomainError {
    status = 409;
}
exports.ConflictError = ConflictError;
class ForbiddenError extends DomainError {
    status = 403;
}
exports.ForbiddenError = ForbiddenError;
class UnauthorizedError extends DomainError {
    status = 401;
}
exports.UnauthorizedError = UnauthorizedError;
//# sourceMappingURL=domain-errors.js.map