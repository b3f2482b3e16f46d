import { activitiesHandlers } from '../activities/handlers';
import { resultsHandlers } from './handlers';

/** The activity log and the results of a round, as one entry of the handler table (registry.ts). */
export const activitiesAndResultsHandlers = { ...activitiesHandlers, ...resultsHandlers };
