import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilesystemObjectStore } from './filesystem-object-store';
import { MessageAttachments } from './message-attachments';

describe('MessageAttachments', () => {
  let root: string;
  let attachments: MessageAttachments;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'message-attachments-'));
    attachments = new MessageAttachments(new FilesystemObjectStore(root));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('gives back the bytes and content type it kept, and only the slice it was handed', async () => {
    const upload = Buffer.from('xxPDF-body-yy');
    await attachments.save('messages/case-1/doc-1', upload.subarray(2, 11), { contentType: 'application/pdf', fileName: 'invoice.pdf' });

    expect(await attachments.open('messages/case-1/doc-1')).toEqual({ content: Buffer.from('PDF-body-'), contentType: 'application/pdf' });
  });

  it('answers undefined for a file that was never kept', async () => {
    expect(await attachments.open('messages/case-1/missing')).toBeUndefined();
  });
});
