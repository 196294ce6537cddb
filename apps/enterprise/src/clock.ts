/** Where the service reads the time: injected so that tests can move it (months, quiet periods, durations). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
