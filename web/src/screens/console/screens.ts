// Every console screen, in one chunk the staff area loads on first visit.
export { AuditLog } from './AuditLog';
export { MemberDetail } from './MemberDetail';
export { Organizations } from './Organizations';
export { OrgReport } from './OrgReport';
export { Queue } from './Queue';
export { Staff } from './Staff';
export { StaffCaseload } from './StaffCaseload';
