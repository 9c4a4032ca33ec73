/** Small helpers every phase of the system benchmark shares: its log line and its figures in seconds and per second. */
export const rate = (count: number, ms: number) => (ms > 0 ? Math.round((count * 1000) / ms) : 0);
export const secs = (ms: number) => +(ms / 1000).toFixed(1);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const log = (text: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${text}`);
