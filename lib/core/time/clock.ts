// Time is injected: every use case takes `now: Date` from its caller, so tests control expiry
// without waiting.
export const addSeconds = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);
