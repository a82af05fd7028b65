// Dates and times on the console's screens, in the reader's own locale.
const moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const when = (ms: number) => moment.format(new Date(ms));
export const day = (ms: number) => date.format(new Date(ms));
