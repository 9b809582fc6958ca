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
