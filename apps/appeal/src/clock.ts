/** Where the service reads the time: injected so that tests can fix it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
