import { Injectable } from '@nestjs/common';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { PasswordHasher } from '../../application/ports/portal-users.port';

// The enum is declared `const` in the package's typings, which isolated-module compilers cannot inline.
const ARGON2ID = 2 as Algorithm;

/**
 * Portal passwords are hashed with argon2id (RFC 9106): memory-hard, so guessing on GPUs and
 * ASICs costs memory as well as time, unlike bcrypt or PBKDF2. `@node-rs/argon2` ships prebuilt
 * binaries for each platform, so installing needs no node-gyp, compiler or Python. The cost is
 * OWASP's baseline for argon2id (19 MiB, 2 passes, 1 lane): about 30 ms per sign-in here.
 */
@Injectable()
export class Argon2PasswordHasher extends PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  }

  async verify(hashed: string, password: string): Promise<boolean> {
    try {
      return await verify(hashed, password);
    } catch {
      // A stored value that is not an argon2 hash matches no password.
      return false;
    }
  }
}
