export {
  ObjectStore,
  type PutObjectMeta,
  type StoredObject,
  type ObjectHead,
  type ObjectWithBody,
  type ObjectStream,
} from './object-store.port';
export { assertValidObjectKey, ObjectKeyInvalidError, MAX_OBJECT_KEY_LENGTH } from './object-key';
export { FilesystemObjectStore } from './filesystem-object-store';
export { S3ObjectStore, type S3ObjectStoreOptions } from './s3-object-store';
export {
  objectStoreFromEnv,
  ObjectStoreConfigurationError,
  DEFAULT_OBJECT_STORE_DIR,
  type ObjectStoreEnv,
} from './object-store.config';
export { ObjectStoreModule } from './object-store.module';
export { MessageAttachments } from './message-attachments';
