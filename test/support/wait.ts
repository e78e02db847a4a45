/** Waits until `check` returns something truthy (outbox deliveries and sweeps are asynchronous); returns the last value. */
export const waitFor = async <T>(check: () => Promise<T>, ms = 10_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Whether a process with this pid is running (signal 0 checks without signalling). */
export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
