import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type ObjectStoreEnv, objectStoreFromEnv } from './object-store.config';
import { ObjectStore } from './object-store.port';

const OWNS_STORE = Symbol('OBJECT_STORE_OWNS_STORE');

/** Closes the store on shutdown when this module built it; a store passed in belongs to the caller. */
@Injectable()
class ObjectStoreCloser implements OnApplicationShutdown {
  constructor(
    private readonly store: ObjectStore,
    @Inject(OWNS_STORE) private readonly owned: boolean,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.owned) await this.store.close();
  }
}

/**
 * Provides `ObjectStore` to the whole app: `ObjectStoreModule.forRoot(process.env)` in a
 * composition root, or `forRoot(new FilesystemObjectStore(dir))` in a test.
 */
@Global()
@Module({})
export class ObjectStoreModule {
  static forRoot(source: ObjectStore | ObjectStoreEnv): DynamicModule {
    const owned = !(source instanceof ObjectStore);
    return {
      module: ObjectStoreModule,
      providers: [
        { provide: ObjectStore, useFactory: () => (source instanceof ObjectStore ? source : objectStoreFromEnv(source)) },
        { provide: OWNS_STORE, useValue: owned },
        ObjectStoreCloser,
      ],
      exports: [ObjectStore],
    };
  }
}
