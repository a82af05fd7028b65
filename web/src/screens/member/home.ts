// Where each person starts after logging in, and the safe use of a ?next= path.
import type { Role } from '../../session';

const START: Record<Role, string> = {
  member: '/today',
  therapist: '/care',
  org_admin: '/org/report',
  admin: '/admin/organizations',
};

/** `next` when it is a path inside this app, else the role's own start page. */
export function afterLogin(role: Role, next: string | null): string {
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/api/')) return next;
  return START[role];
}
