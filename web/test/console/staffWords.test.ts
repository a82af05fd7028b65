import { describe, expect, it } from 'vitest';
import type { StaffMember } from '../../src/api/console';
import { caseloadWords, moveTargets, personMatches, staffInOrder } from '../../src/screens/console/staffWords';

const person = (id: string, name: string, role: StaffMember['role'], caseload: number | null): StaffMember => {
  const [first_name, last_name] = name.split(' ');
  return { id, first_name, last_name, name, email: `${id}@clinic.example`, role, organization: null, caseload, disabled: false, second_factor: false };
};

const team = [
  person('a', 'Demo Admin', 'admin', null),
  person('t1', 'Demo Therapist', 'therapist', 4),
  person('t2', 'Rowan Ashdown', 'therapist', 0),
  person('t3', 'Ada Birch', 'therapist', 4),
  person('o', 'Report Reader', 'org_admin', null),
];

describe('caseload words', () => {
  it('says none, one and many in plain words', () => {
    expect(caseloadWords(0)).toBe('No members yet');
    expect(caseloadWords(1)).toBe('1 member');
    expect(caseloadWords(12)).toBe('12 members');
  });
});

describe('move targets', () => {
  it('offers every other therapist, the least busy first and then by name', () => {
    expect(moveTargets(team, 't1').map((s) => s.id)).toEqual(['t2', 't3']);
    expect(moveTargets(team, 't2').map((s) => s.id)).toEqual(['t3', 't1']);
  });
  it('never offers an admin or the member\'s own therapist', () => {
    const ids = moveTargets(team, 't3').map((s) => s.id);
    expect(ids).not.toContain('t3');
    expect(ids).not.toContain('a');
    expect(ids).not.toContain('o');
  });
});

describe('staff order', () => {
  it('lists therapists, then organization admins, then platform admins, by name', () => {
    expect(staffInOrder(team).map((s) => s.id)).toEqual(['t3', 't1', 't2', 'o', 'a']);
  });
  it('leaves the list it was given as it was', () => {
    const copy = [...team];
    staffInOrder(team);
    expect(team).toEqual(copy);
  });
});

describe('finding a person in the audit log', () => {
  it('matches part of a name whatever its case, or a whole id', () => {
    expect(personMatches('reed', 'Tomas Reedwell', 'm-1')).toBe(true);
    expect(personMatches('M-1', 'Tomas Reedwell', 'm-1')).toBe(true);
    expect(personMatches('m-', 'Tomas Reedwell', 'm-1')).toBe(false);
    expect(personMatches('ada', null, null)).toBe(false);
  });
  it('lets everyone through when nothing is typed', () => {
    expect(personMatches('  ', null, null)).toBe(true);
  });
  it('finds an erased member by the words shown for them', () => {
    expect(personMatches('deleted', 'deleted member', 'm-2')).toBe(true);
  });
});
