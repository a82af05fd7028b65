import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api';
import { firstProblem, formProblem } from '../src/screens/member/formErrors';
import { afterLogin } from '../src/screens/member/home';

describe('form problems', () => {
  it('puts field errors next to their fields and keeps the first per field', () => {
    const error = new ApiError(400, 'Please fill in first_name.', [
      { field: 'first_name', message: 'This is needed.' },
      { field: 'first_name', message: 'Second complaint.' },
      { field: 'email', message: 'Write it like name@example.com.' },
    ]);
    const problem = formProblem(error);
    expect(problem.fields).toEqual({ first_name: 'This is needed.', email: 'Write it like name@example.com.' });
    expect(problem.summary).toBe('Please fill in first_name.');
    expect(firstProblem(['last_name', 'email', 'first_name'], problem.fields)).toBe('email');
  });

  it('lets a screen explain a status in its own words', () => {
    expect(formProblem(new ApiError(403, 'Not on a roster'), { 403: 'Ask your benefits team.' }).summary).toBe('Ask your benefits team.');
    expect(formProblem(new ApiError(429, 'Please wait about 5 minute(s).'), { 403: 'x' }).summary).toBe('Please wait about 5 minute(s).');
  });

  it('says the connection is the trouble when there is no answer at all', () => {
    expect(formProblem(new TypeError('Failed to fetch')).summary).toMatch(/internet connection/);
  });
});

describe('after logging in', () => {
  it("goes to each role's start page", () => {
    expect(afterLogin('member', null)).toBe('/today');
    expect(afterLogin('therapist', null)).toBe('/care');
  });
  it('follows ?next= only inside the app', () => {
    expect(afterLogin('member', '/result')).toBe('/result');
    expect(afterLogin('member', '//evil.example/')).toBe('/today');
    expect(afterLogin('member', 'https://evil.example/')).toBe('/today');
    expect(afterLogin('member', '/api/v1/me/export')).toBe('/today');
  });
});
