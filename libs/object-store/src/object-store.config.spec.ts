import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { resolve } from 'node:path';
import { FilesystemObjectStore } from './filesystem-object-store';
import { ObjectStoreConfigurationError, objectStoreFromEnv } from './object-store.config';
import { ObjectStoreModule } from './object-store.module';
import { ObjectStore } from './object-store.port';
import { S3ObjectStore } from './s3-object-store';

const S3_ENV = {
  OBJECT_STORE: 's3',
  OBJECT_STORE_S3_REGION: 'eu-central-1',
  OBJECT_STORE_S3_BUCKET: 'documents',
  OBJECT_STORE_S3_ACCESS_KEY_ID: 'key-id',
  OBJECT_STORE_S3_SECRET_ACCESS_KEY: 'secret',
};

describe('objectStoreFromEnv', () => {
  it('defaults to the filesystem under ./tmp/object-store', () => {
    const store = objectStoreFromEnv({});
    expect(store).toBeInstanceOf(FilesystemObjectStore);
    expect((store as FilesystemObjectStore).rootDir).toBe(resolve('tmp/object-store'));
  });

  it('uses OBJECT_STORE_DIR, treating an empty OBJECT_STORE as unset', () => {
    const store = objectStoreFromEnv({ OBJECT_STORE: '', OBJECT_STORE_DIR: '/var/lib/documents' });
    expect((store as FilesystemObjectStore).rootDir).toBe('/var/lib/documents');
  });

  it('builds an S3 store when every S3 variable is set', async () => {
    const store = objectStoreFromEnv({ ...S3_ENV, OBJECT_STORE_S3_ENDPOINT: 'http://localhost:9000' });
    expect(store).toBeInstanceOf(S3ObjectStore);
    await store.close();
  });

  it('names every missing S3 variable', () => {
    const env = { ...S3_ENV, OBJECT_STORE_S3_BUCKET: undefined, OBJECT_STORE_S3_SECRET_ACCESS_KEY: ' ' };
    expect(() => objectStoreFromEnv(env)).toThrow(
      new ObjectStoreConfigurationError('OBJECT_STORE=s3 needs OBJECT_STORE_S3_BUCKET, OBJECT_STORE_S3_SECRET_ACCESS_KEY: they are missing'),
    );
    expect(() => objectStoreFromEnv({ ...S3_ENV, OBJECT_STORE_S3_REGION: '' })).toThrow('OBJECT_STORE=s3 needs OBJECT_STORE_S3_REGION: it is missing');
  });

  it('refuses an unknown OBJECT_STORE', () => {
    expect(() => objectStoreFromEnv({ OBJECT_STORE: 'minio' })).toThrow('OBJECT_STORE must be "filesystem" or "s3" (got "minio")');
  });
});

describe('ObjectStoreModule', () => {
  @Injectable()
  class LetterArchive {
    constructor(readonly store: ObjectStore) {}
  }
  @Module({ providers: [LetterArchive] })
  class LettersModule {}

  it('injects the store built from the environment into any module', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ObjectStoreModule.forRoot({ OBJECT_STORE_DIR: '/tmp/letters-store' }), LettersModule],
    }).compile();
    const store = moduleRef.get(LetterArchive).store;
    expect(store).toBeInstanceOf(FilesystemObjectStore);
    expect((store as FilesystemObjectStore).rootDir).toBe('/tmp/letters-store');
    await moduleRef.close();
  });

  it('provides a store it is given and leaves closing it to the caller', async () => {
    const given = new FilesystemObjectStore('/tmp/given');
    const close = jest.spyOn(given, 'close');
    const moduleRef = await Test.createTestingModule({ imports: [ObjectStoreModule.forRoot(given)] }).compile();
    expect(moduleRef.get(ObjectStore)).toBe(given);
    await moduleRef.close();
    expect(close).not.toHaveBeenCalled();
  });

  it('closes a store it built when the app shuts down', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ObjectStoreModule.forRoot(S3_ENV)] }).compile();
    const close = jest.spyOn(moduleRef.get(ObjectStore), 'close');
    await moduleRef.close();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
