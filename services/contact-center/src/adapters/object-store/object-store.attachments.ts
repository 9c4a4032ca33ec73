import { Injectable } from '@nestjs/common';
import { ObjectStore } from '@collections/object-store';
import { AttachmentStore } from '../../application/ports/contact-center.ports';

/** Message attachments in the platform's object store, which intake reads and writes too. */
@Injectable()
export class ObjectStoreAttachments extends AttachmentStore {
  constructor(private readonly objects: ObjectStore) {
    super();
  }

  async save(key: string, content: Uint8Array, meta: { contentType: string; fileName: string }): Promise<void> {
    await this.objects.put(key, Buffer.from(content.buffer, content.byteOffset, content.byteLength), meta);
  }

  async open(key: string): Promise<{ content: Buffer; contentType: string } | undefined> {
    const found = await this.objects.get(key);
    return found && { content: found.body, contentType: found.contentType };
  }
}
