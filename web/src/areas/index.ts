// Every area of the app, asked in order: the first that knows a path shows its screen. Add a new
// area here (one line) and nowhere else.
import { consoleArea } from './console';
import { journal } from './journal';
import { library } from './library';
import { appointments } from './appointments';
import { member } from './member';
import type { Area } from './types';
import { visits } from './visits';

export const AREAS: Area[] = [library, member, journal, consoleArea, appointments, visits];
