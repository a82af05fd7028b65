// An area of the app (the public library, the member's own screens, the care team's console,
// the admin console) answers for the paths it owns and names its links in the main menu.
import type { JSX } from 'preact';
import type { Location } from '../router';
import type { Account } from '../session';

export interface NavLink {
  href: string;
  text: string;
}

export interface Area {
  /** The screen for a path split into decoded parts, or null when the path is not this area's. */
  screen(parts: string[], loc: Location, account: Account | null | undefined): JSX.Element | null;
  /** This area's links in the main menu for the person logged in (null: nobody). */
  nav(account: Account | null | undefined): NavLink[];
}
