import { Injectable } from '@nestjs/common';
import { ObjectStore } from './object-store.port';

/**
 * Files attached to creditor–consultant messages, kept in the platform's object store. Intake writes
 * a creditor's attachments and reads the consultant's; contact-center the other way round; both
 * services bind their own AttachmentStore port to this one adapter.
 */
@Injectable()
export class MessageAttachments {
  constructor(private readonly objects: ObjectStore) {}

  async save(key: string, content: Uint8Array, meta: { contentType: string; fileName: string }): Promise<void> {
    // A view, not a copy: uploads can be 10 MB.
    await this.objects.put(key, Buffer.from(content.buffer, content.byteOffset, content.byteLength), meta);
  }

  async open(key: string): Promise<{ content: Buffer; contentType: string } | undefined> {
    const found = await this.objects.get(key);
    return found && { content: found.body, contentType: found.contentType };
  }
}
