// The attestation area's sheets: statements register, teachers' grade sheets, the grade record, logs, monitoring, ratings, debts.

export * from './advisorDigestSheet';
export * from './atRiskSheet';
export * from './debtsSheet';
export * from './finalGradesSheet';
export * from './gradeAuditSheet';
export * from './gradeEntrySheet';
export * from './gradeOptions';
export * from './gradeScaleSheet';
export * from './groupRatingSheet';
export * from './midtermMonitoringSheet';
export * from './referralsSheet';
export * from './retakeStreamsSheet';
export * from './sessionMonitoringSheet';
export * from './statementsSheet';
export * from './studentRatingSheet';
export * from './teacherRatingSheet';
export * from './transferCheckSheet';
export * from './gradeCollectionSheet';
