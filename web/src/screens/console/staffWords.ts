// Words and choices for the admin's staff list and a therapist's caseload: what each role is
// called, how many members a therapist has, whom a member can be moved to, and how the audit
// viewer names a person while keeping their id at hand.
import type { StaffMember, StaffRole } from '../../api/console';

export const ROLE_NAMES: Record<StaffRole, string> = {
  therapist: 'Therapist',
  org_admin: 'Organization admin',
  admin: 'Platform admin',
};

/** "No members yet", "1 member", "12 members". */
export function caseloadWords(count: number): string {
  if (count === 0) return 'No members yet';
  return count === 1 ? '1 member' : `${count} members`;
}

/** The therapists a member of `currentTherapistId` can move to: everyone else, fewest members first, then by name. */
export function moveTargets(staff: StaffMember[], currentTherapistId: string): StaffMember[] {
  return staff
    .filter((s) => s.role === 'therapist' && s.id !== currentTherapistId)
    .sort((a, b) => (a.caseload ?? 0) - (b.caseload ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Therapists first (they carry members), then organization admins, then platform admins; by name within each. */
export function staffInOrder(staff: StaffMember[]): StaffMember[] {
  const rank: Record<StaffRole, number> = { therapist: 0, org_admin: 1, admin: 2 };
  return [...staff].sort((a, b) => rank[a.role] - rank[b.role] || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Whether an audit row's person matches what the admin typed: part of their name, or their whole id. */
export function personMatches(typed: string, name: string | null, id: string | null): boolean {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return true;
  if (id !== null && id.toLowerCase() === wanted) return true;
  return name !== null && name.toLowerCase().includes(wanted);
}
