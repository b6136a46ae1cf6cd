// The records area's sheets: the two registers, information requests and saved queries.

import { infoRequestsSheet } from './infoRequestsSheet';
import { queriesSheet } from './queriesSheet';
import { incomingSheet, outgoingSheet } from './registerSheets';

export const RECORDS_SHEETS = [incomingSheet, outgoingSheet, infoRequestsSheet, queriesSheet] as const;

export { incomingSheet, infoRequestsSheet, outgoingSheet, queriesSheet };
