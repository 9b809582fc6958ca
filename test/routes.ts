import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_POLICY, AccessPolicy } from '@hotline/platform';
import { TestPlatform } from '@hotline/testing';

export interface Route {
  method: string;
  path: string;
  policy?: AccessPolicy;
}

/** Every route Nest registered, read from the controllers' own metadata. */
export function listRoutes(platform: TestPlatform): Route[] {
  const routes: Route[] = [];
  const join = (...parts: string[]) =>
    '/' +
    parts
      .map((p) => p.replace(/^\/|\/$/g, ''))
      .filter(Boolean)
      .join('/');
  for (const module of platform.api.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!type) continue;
      const base = Reflect.getMetadata(PATH_METADATA, type) as string;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = type.prototype[name] as unknown;
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (sub === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const policy = (Reflect.getMetadata(ACCESS_POLICY, handler) ?? Reflect.getMetadata(ACCESS_POLICY, type)) as
          AccessPolicy | undefined;
        routes.push({ method, path: join(base, sub), policy });
      }
    }
  }
  return routes;
}
