export { sixMonthCheck, type SixMonthCheck } from './six-months';
export { followUpDue, isChineseWorkday, calendarCovers, type FollowUpDue, type WorkdayAnswer } from './working-days';
export { EXTORTION_GUIDANCE, extortionGuidance } from './guidance';
export { reportSummary, reportOrderIds, type SummaryInput } from './summary';
export { prepareReport, type ReportPlan } from './prepare-report';
