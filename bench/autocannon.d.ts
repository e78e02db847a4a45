// autocannon ships no types; the bench uses its callback API and 'response' events.
declare module 'autocannon' {
  const autocannon: (opts: Record<string, unknown>, cb: (err: Error | null, result: any) => void) => { on(event: string, fn: (...args: any[]) => void): void };
  export default autocannon;
}
