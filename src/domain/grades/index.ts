// The grades domain: scale, formulas, GPA, ratings, debts, referrals, re-study streams, monitoring — pure functions.

export * from './debts';
export * from './finalGrade';
export * from './gpa';
export * from './gradeRecord';
export * from './gradeRules';
export * from './gradeScale';
export * from './midterm';
export * from './ratings';
export * from './referrals';
export * from './retakeStreams';
export * from './scoreInput';
export * from './sections';
export * from './sessionMonitoring';
