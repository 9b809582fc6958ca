import { InitialSchema1764000000000 } from './1764000000000-initial-schema';

/** Every migration, in order. Listed explicitly so the compiled and the ts-jest builds find the same set. */
export const MIGRATIONS = [InitialSchema1764000000000];
