// The member's own screens: joining and logging in, the intake, the result, today's session.
// Logging in is here too because every account starts at the same /login.
import { LogIn } from '../screens/member/LogIn';
import { SignUp } from '../screens/member/SignUp';
import type { Area } from './types';

export const member: Area = {
  screen(parts, loc) {
    const [first] = parts;
    if (parts.length !== 1) return null;
    if (first === 'login') return <LogIn location={loc} />;
    if (first === 'signup') return <SignUp />;
    return null;
  },
  nav(account) {
    if (account === null) return [
      { href: '/login', text: 'Log in' },
      { href: '/signup', text: 'Sign up' },
    ];
    return [];
  },
};
