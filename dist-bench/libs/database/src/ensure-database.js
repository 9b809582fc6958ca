"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ensureDatabase = ensureDatabase;
exports.dropDatabase = dropDatabase;
const pg_1 = require("pg");
/** Creates the database named in `url` when it does not exist yet (connecting to the server's `postgres` database). */
async function ensureDatabase(url) {
    const target = new URL(url);
    const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
    if (!/^[A-Za-z0-9_-]+$/.test(name))
        throw new Error(`DATABASE_URL names an unusual database "${name}"`);
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new pg_1.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (rowCount)
            return false;
        await client.query(`CREATE DATABASE "${name}"`);
        return true;
    }
    finally {
        await client.end();
    }
}
async function dropDatabase(url) {
    const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new pg_1.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
    finally {
        await client.end();
    }
}
//# sourceMappingURL=ensure-database.js.map