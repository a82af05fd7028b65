// The body map's regions. Ids are exactly the intake's `locations` (docs/api-contract.md); left and
// right are the member's own. Shapes are rectangles in a 200 × 420 outline, one view each, at least 26
// units across so each is a 44 px target when a view is about 340 px wide on a phone. A region's
// name is read in the language the screens are shown in.
import { words, wordsNow } from '../i18n';

export type MapView = 'front' | 'back';

export interface BodyRegion {
  id: string;
  /** What the member reads and hears for the region (the current language). */
  readonly name: string;
  view: MapView;
  x: number;
  y: number;
  w: number;
  h: number;
}

const NAMES = words({
  en: {
    hip_side_right: 'Side of your right hip',
    hip_side_left: 'Side of your left hip',
    pubic: 'Pubic bone, at the front of your pelvis',
    groin: 'Groin',
    below_knee_right: 'Right leg below the knee',
    below_knee_left: 'Left leg below the knee',
    foot_right: 'Right foot',
    foot_left: 'Left foot',
    low_back: 'Low back',
    sacrum_left: 'Sacrum, left side',
    sacrum_center: 'Sacrum, in the middle',
    sacrum_right: 'Sacrum, right side',
    tailbone: 'Tailbone',
    buttock_left: 'Left buttock',
    buttock_right: 'Right buttock',
    thigh_back_left: 'Back of your left thigh',
    thigh_back_right: 'Back of your right thigh',
  },
  es: {
    hip_side_right: 'Lado de tu cadera derecha',
    hip_side_left: 'Lado de tu cadera izquierda',
    pubic: 'Pubis, el hueso de delante de la pelvis',
    groin: 'Ingle',
    below_knee_right: 'Pierna derecha, por debajo de la rodilla',
    below_knee_left: 'Pierna izquierda, por debajo de la rodilla',
    foot_right: 'Pie derecho',
    foot_left: 'Pie izquierdo',
    low_back: 'Parte baja de la espalda',
    sacrum_left: 'Sacro, lado izquierdo',
    sacrum_center: 'Sacro, en el centro',
    sacrum_right: 'Sacro, lado derecho',
    tailbone: 'Coxis (rabadilla)',
    buttock_left: 'Nalga izquierda',
    buttock_right: 'Nalga derecha',
    thigh_back_left: 'Parte de atrás de tu muslo izquierdo',
    thigh_back_right: 'Parte de atrás de tu muslo derecho',
  },
});

type RegionId = keyof typeof NAMES.en;

function region(id: RegionId, view: MapView, x: number, y: number, w: number, h: number): BodyRegion {
  return {
    id,
    get name() {
      return wordsNow(NAMES)[id];
    },
    view,
    x,
    y,
    w,
    h,
  };
}

// Front view: the member faces us, so their left side is on the picture's right (x > 100).
// Back view: we see their back, so their left side is on the picture's left (x < 100).
export const BODY_REGIONS: BodyRegion[] = [
  region('hip_side_right', 'front', 34, 150, 30, 50),
  region('hip_side_left', 'front', 136, 150, 30, 50),
  region('pubic', 'front', 80, 168, 40, 26),
  region('groin', 'front', 66, 198, 68, 26),
  region('below_knee_right', 'front', 62, 296, 34, 70),
  region('below_knee_left', 'front', 104, 296, 34, 70),
  region('foot_right', 'front', 54, 374, 42, 30),
  region('foot_left', 'front', 104, 374, 42, 30),
  region('low_back', 'back', 66, 112, 68, 44),
  region('sacrum_left', 'back', 61, 160, 26, 34),
  region('sacrum_center', 'back', 87, 160, 26, 34),
  region('sacrum_right', 'back', 113, 160, 26, 34),
  region('tailbone', 'back', 87, 198, 26, 26),
  region('buttock_left', 'back', 40, 198, 46, 52),
  region('buttock_right', 'back', 114, 198, 46, 52),
  region('thigh_back_left', 'back', 56, 256, 40, 64),
  region('thigh_back_right', 'back', 104, 256, 40, 64),
];
