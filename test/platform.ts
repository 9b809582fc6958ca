import { createApiApp } from '../apps/api/src/bootstrap';
import { createWorker } from '../apps/worker/src/bootstrap';
import { TestPlatform } from '@hotline/testing';

/** The real API and worker, wired into a per-file test platform. */
export const newPlatform = (): TestPlatform => new TestPlatform(createApiApp, createWorker);

export const USERS = {
  admin: ['admin@hotline.example.vn', 'Admin#2026'],
  secretariat: ['secretariat@hotline.example.vn', 'Secretariat#2026'],
  operator: ['operator@hotline.example.vn', 'Operator#2026'],
  officerSxd: ['officer@hotline.example.vn', 'Officer#2026'],
  officerHoanKiem: ['officer.hoankiem@hotline.example.vn', 'Officer#2026'],
  head: ['head@hotline.example.vn', 'Head#2026'],
  council: ['council@hotline.example.vn', 'Council#2026'],
} as const;

/** Whom a request is made as: signed out, or a user of a role (the values of Role). */
export type Who = 'anonymous' | 'operator' | 'agency_officer' | 'agency_head' | 'secretariat' | 'council_member' | 'admin';

/** One demo user of each role. */
export const ROLE_LOGINS: readonly [Exclude<Who, 'anonymous'>, readonly [string, string]][] = [
  ['operator', USERS.operator],
  ['agency_officer', USERS.officerSxd],
  ['agency_head', USERS.head],
  ['secretariat', USERS.secretariat],
  ['council_member', USERS.council],
  ['admin', USERS.admin],
];
