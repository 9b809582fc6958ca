"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
__exportStar(require("./case-list/case-query.service"), exports);
__exportStar(require("./cases.module"), exports);
__exportStar(require("./intake/dto/create-case.dto"), exports);
__exportStar(require("./intake/intake.service"), exports);
__exportStar(require("./intake/tracking-code"), exports);
__exportStar(require("./reference/reference-data.service"), exports);
__exportStar(require("./routing/pick-routing-rule"), exports);
__exportStar(require("./state-machine/case-state-machine"), exports);
__exportStar(require("./tracking/tracking.service"), exports);
__exportStar(require("./workflow/case-workflow.service"), exports);
__exportStar(require("./seed/demo-seed"), exports);
//# sourceMappingURL=index.js.map