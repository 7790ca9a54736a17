export const CHECKPOINT_STORE = Symbol('CheckpointStore');

export interface CheckpointStore {
  /** The last position the named subscriber has fully handled; 0 if it never ran. */
  load(name: string): Promise<number>;
  save(name: string, position: number): Promise<void>;
}
