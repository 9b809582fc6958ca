import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, StorageSettings } from '@hotline/config';
import { LocalObjectStore } from './local-object-store';
import { ObjectStore } from './object-store';
import { S3ObjectStore } from './s3-object-store';

/** The store STORAGE_URL names: one decision, here. */
export function createObjectStore(settings: StorageSettings): LocalObjectStore | S3ObjectStore {
  return settings.kind === 'local' ? new LocalObjectStore(settings.dir) : new S3ObjectStore(settings);
}

@Injectable()
class ObjectStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(ObjectStore) private readonly store: ObjectStore) {}

  onApplicationShutdown(): void {
    if (this.store instanceof S3ObjectStore) this.store.close();
  }
}

/** Provides the `ObjectStore` to every module of the process (API, worker, database CLI). */
@Global()
@Module({
  providers: [
    {
      provide: ObjectStore,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const store = createObjectStore(config.storage);
        new Logger('ObjectStore').log({ kind: store.kind }, 'attachment storage');
        return store;
      },
    },
    ObjectStoreCloser,
  ],
  exports: [ObjectStore],
})
export class StorageModule {}
