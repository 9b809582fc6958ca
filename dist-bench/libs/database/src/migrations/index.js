"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIGRATIONS = void 0;
const _1764000000000_initial_schema_1 = require("./1764000000000-initial-schema");
const _1764100000000_deadlines_1 = require("./1764100000000-deadlines");
const _1764100000001_default_deadline_data_1 = require("./1764100000001-default-deadline-data");
/** Every migration, in order. Listed explicitly so the compiled and the ts-jest builds find the same set. */
exports.MIGRATIONS = [_1764000000000_initial_schema_1.InitialSchema1764000000000, _1764100000000_deadlines_1.Deadlines1764100000000, _1764100000001_default_deadline_data_1.DefaultDeadlineData1764100000001];
//# sourceMappingURL=index.js.map