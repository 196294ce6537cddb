/** Where a service reads the time: injected so that tests can fix it or move it on. */
export type Clock = () => Date;

/** The machine's own time, for production. */
export const systemClock: Clock = () => new Date();
