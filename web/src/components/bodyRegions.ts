// The body map's regions. Ids are exactly the intake's `locations` (docs/api-contract.md); left and
// right are the member's own. Shapes are rectangles in a 200 × 420 outline, one view each, at least 26
// units across so each is a 44 px target when a view is about 340 px wide on a phone.

export type MapView = 'front' | 'back';

export interface BodyRegion {
  id: string;
  name: string;
  view: MapView;
  x: number;
  y: number;
  w: number;
  h: number;
}

// Front view: the member faces us, so their left side is on the picture's right (x > 100).
// Back view: we see their back, so their left side is on the picture's left (x < 100).
export const BODY_REGIONS: BodyRegion[] = [
  { id: 'hip_side_right', name: 'Side of your right hip', view: 'front', x: 34, y: 150, w: 30, h: 50 },
  { id: 'hip_side_left', name: 'Side of your left hip', view: 'front', x: 136, y: 150, w: 30, h: 50 },
  { id: 'pubic', name: 'Pubic bone, at the front of your pelvis', view: 'front', x: 80, y: 168, w: 40, h: 26 },
  { id: 'groin', name: 'Groin', view: 'front', x: 66, y: 198, w: 68, h: 26 },
  { id: 'below_knee_right', name: 'Right leg below the knee', view: 'front', x: 62, y: 296, w: 34, h: 70 },
  { id: 'below_knee_left', name: 'Left leg below the knee', view: 'front', x: 104, y: 296, w: 34, h: 70 },
  { id: 'foot_right', name: 'Right foot', view: 'front', x: 54, y: 374, w: 42, h: 30 },
  { id: 'foot_left', name: 'Left foot', view: 'front', x: 104, y: 374, w: 42, h: 30 },
  { id: 'low_back', name: 'Low back', view: 'back', x: 66, y: 112, w: 68, h: 44 },
  { id: 'sacrum_left', name: 'Sacrum, left side', view: 'back', x: 61, y: 160, w: 26, h: 34 },
  { id: 'sacrum_center', name: 'Sacrum, in the middle', view: 'back', x: 87, y: 160, w: 26, h: 34 },
  { id: 'sacrum_right', name: 'Sacrum, right side', view: 'back', x: 113, y: 160, w: 26, h: 34 },
  { id: 'tailbone', name: 'Tailbone', view: 'back', x: 87, y: 198, w: 26, h: 26 },
  { id: 'buttock_left', name: 'Left buttock', view: 'back', x: 40, y: 198, w: 46, h: 52 },
  { id: 'buttock_right', name: 'Right buttock', view: 'back', x: 114, y: 198, w: 46, h: 52 },
  { id: 'thigh_back_left', name: 'Back of your left thigh', view: 'back', x: 56, y: 256, w: 40, h: 64 },
  { id: 'thigh_back_right', name: 'Back of your right thigh', view: 'back', x: 104, y: 256, w: 40, h: 64 },
];
