/** True while a process (or, given a negative pid, a process group) exists: signal 0 only asks. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
