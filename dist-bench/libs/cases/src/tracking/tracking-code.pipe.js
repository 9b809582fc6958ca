"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TrackingCodePipe = void 0;
const common_1 = require("@nestjs/common");
const platform_1 = require("@hotline/platform");
const TRACKING_CODE = /^[A-Za-z]{2,4}-\d{4}-\d{6,9}$/;
let TrackingCodePipe = class TrackingCodePipe {
    transform(value) {
        if (!TRACKING_CODE.test(value))
            throw new platform_1.InvalidInputError('trackingCode', 'A tracking code looks like HN-2026-004217');
        return value.toUpperCase();
    }
};
exports.TrackingCodePipe = TrackingCodePipe;
exports.TrackingCodePipe = TrackingCodePipe = __decorate([
    (0, common_1.Injectable)()
], TrackingCodePipe);
//# sourceMappingURL=tracking-code.pipe.js.map