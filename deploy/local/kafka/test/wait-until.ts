/**
 * Polls until `probe` returns true (errors count as "not yet"). A copy of the idea behind
 * @collections/testing's waitFor: tooling may not depend on the testing lib (module boundaries).
 */
export async function waitUntil(description: string, probe: () => Promise<boolean> | boolean, timeoutMs = 30_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = false;
  while (Date.now() < deadline) {
    try {
      if (await probe()) return;
      last = false;
    } catch (err) {
      last = err;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${description} (last: ${last instanceof Error ? last.message : String(last)})`);
}
