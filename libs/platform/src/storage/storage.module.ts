import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, StorageSettings } from '@hotline/config';
import { LocalObjectStore } from './local-object-store';
import { ObjectStore } from './object-store';

/** The store STORAGE_URL names: one decision, here. The AWS SDK is loaded only by a process that uses a bucket. */
export async function createObjectStore(settings: StorageSettings): Promise<ObjectStore> {
  if (settings.kind === 'local') return new LocalObjectStore(settings.dir);
  const { S3ObjectStore } = await import('./s3-object-store');
  return new S3ObjectStore(settings);
}

@Injectable()
class ObjectStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(ObjectStore) private readonly store: ObjectStore) {}

  onApplicationShutdown(): void {
    this.store.close();
  }
}

/** Provides the `ObjectStore` to every module of the process (API, worker, database CLI). */
@Global()
@Module({
  providers: [
    {
      provide: ObjectStore,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const store = await createObjectStore(config.storage);
        new Logger('ObjectStore').log({ kind: store.kind }, 'attachment storage');
        return store;
      },
    },
    ObjectStoreCloser,
  ],
  exports: [ObjectStore],
})
export class StorageModule {}
