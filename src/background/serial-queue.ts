// Every storage write goes through one queue so two events never read-modify-write the same key at
// once (the later write would silently drop the earlier one). A failed task is reported and does not
// stop the queue.
export type Task = () => Promise<void>;

export function createSerialQueue(onError: (error: unknown) => void): (task: Task) => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  return (task) => {
    const run = tail.then(task).catch(onError);
    tail = run;
    return run;
  };
}
