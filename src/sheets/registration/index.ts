// The registration area's sheets.

export { academicDifferenceSheet } from './academicDifferenceSheet';
export { advisorsSheet } from './advisorsSheet';
export { allocationLogSheet } from './allocationLogSheet';
export { enrolmentsSheet, parseEnrolment } from './enrolmentsSheet';
export { offeringsSheet } from './offeringsSheet';
export { registrationFormsSheet } from './registrationFormsSheet';
export { REQUEST_COLUMN, registrationRequestsSheet } from './registrationRequestsSheet';
export { streamsSheet } from './streamsSheet';
export { studyGroupsSheet } from './studyGroupsSheet';
export { studyPlansSheet } from './studyPlansSheet';
export { unallocatedSheet } from './unallocatedSheet';
export { registrationSeatsSheet, SEAT_BUCKETS } from './registrationSeatsSheet';
