import { describe, expect, it } from 'vitest';
import { BODY_REGIONS } from '../src/components/bodyRegions';

// The intake's `locations` vocabulary from docs/api-contract.md, copied here on purpose: if either
// side changes, this test fails until both agree.
const CONTRACT_LOCATIONS = [
  'sacrum_left', 'sacrum_right', 'sacrum_center', 'buttock_left', 'buttock_right', 'low_back', 'groin',
  'hip_side_left', 'hip_side_right', 'thigh_back_left', 'thigh_back_right', 'below_knee_left',
  'below_knee_right', 'foot_left', 'foot_right', 'tailbone', 'pubic',
];

describe('body map', () => {
  it('has exactly one region per intake location', () => {
    const ids = BODY_REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CONTRACT_LOCATIONS].sort());
  });

  it('names every region, and left/right regions say which side', () => {
    for (const r of BODY_REGIONS) {
      expect(r.name.length).toBeGreaterThan(3);
      if (r.id.endsWith('_left')) expect(r.name.toLowerCase()).toContain('left');
      if (r.id.endsWith('_right')) expect(r.name.toLowerCase()).toContain('right');
    }
  });

  it('places the member\'s left on the picture\'s right in front and on the left at the back', () => {
    const centre = (id: string) => {
      const r = BODY_REGIONS.find((x) => x.id === id)!;
      return r.x + r.w / 2;
    };
    expect(centre('hip_side_left')).toBeGreaterThan(100);
    expect(centre('foot_left')).toBeGreaterThan(100);
    expect(centre('buttock_left')).toBeLessThan(100);
    expect(centre('sacrum_left')).toBeLessThan(100);
  });

  it('makes every region at least 26 units each way, a 44 px target on a phone', () => {
    for (const r of BODY_REGIONS) expect(Math.min(r.w, r.h), r.id).toBeGreaterThanOrEqual(26);
  });

  it('keeps regions of one view from overlapping so each tap means one place', () => {
    for (const a of BODY_REGIONS)
      for (const b of BODY_REGIONS) {
        if (a === b || a.view !== b.view) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
  });
});
