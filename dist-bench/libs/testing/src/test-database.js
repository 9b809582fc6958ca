"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TestDatabase = exports.TEST_REDIS = exports.TEST_POSTGRES = void 0;
const node_crypto_1 = require("node:crypto");
const typeorm_1 = require("typeorm");
const database_1 = require("@hotline/database");
exports.TEST_POSTGRES = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
exports.TEST_REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** A database of its own for one test file, migrated, dropped at the end. */
class TestDatabase {
    name = `hotline_test_${process.pid}_${(0, node_crypto_1.randomBytes)(4).toString('hex')}`;
    url;
    dataSource;
    constructor() {
        const u = new URL(exports.TEST_POSTGRES);
        u.pathname = `/${this.name}`;
        this.url = u.toString();
    }
    async create() {
        await (0, database_1.ensureDatabase)(this.url);
        this.dataSource = await new typeorm_1.DataSource((0, database_1.dataSourceOptions)(this.url, 4)).initialize();
        await (0, database_1.runMigrations)(this.dataSource);
        return this;
    }
    /** Row counts of every table of the schema: a bad request must leave them all unchanged. */
    async rowCounts() {
        const tables = await this.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
        const counts = {};
        for (const { tablename } of tables) {
            const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM "${tablename}"`);
            counts[tablename] = n;
        }
        return counts;
    }
    async drop() {
        await this.dataSource?.destroy();
        await (0, database_1.dropDatabase)(this.url);
    }
}
exports.TestDatabase = TestDatabase;
//# sourceMappingURL=test-database.js.map