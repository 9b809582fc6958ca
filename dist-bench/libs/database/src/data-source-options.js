"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dataSourceOptions = dataSourceOptions;
exports.runMigrations = runMigrations;
const entities_1 = require("./entities");
const migrations_1 = require("./migrations");
/** One set of options for Nest, the CLI and the tests. Schema changes happen through migrations only. */
function dataSourceOptions(url, poolSize = 20) {
    return {
        type: 'postgres',
        url,
        entities: entities_1.ENTITIES,
        migrations: migrations_1.MIGRATIONS,
        migrationsTableName: 'migrations',
        synchronize: false,
        migrationsRun: false,
        extra: { max: poolSize, application_name: 'hotline' },
    };
}
const MIGRATION_LOCK_KEY = 727_0001;
/** Runs pending migrations under an advisory lock, so replicas starting together never race. */
async function runMigrations(dataSource) {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
        await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        return applied.map((m) => m.name);
    }
    finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        await runner.release();
    }
}
//# sourceMappingURL=data-source-options.js.map