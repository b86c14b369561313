import { describe, expect, it } from 'vitest';
import { checkSignIn, checkSignUp, nextPage } from './account-form';

const valid = { userName: 'minji', email: 'minji@example.com', displayName: '김민지', password: 'correct horse', preferredLanguage: 'ko' as const };

describe('checkSignUp', () => {
  it('passes a complete form', () => {
    expect(checkSignUp(valid)).toEqual([]);
  });

  it('refuses a password of 7 characters as weak', () => {
    expect(checkSignUp({ ...valid, password: '1234567' })).toEqual([{ key: 'account.error.weakPassword' }]);
  });

  it('accepts a Korean user name and refuses one with a space or an at sign', () => {
    expect(checkSignUp({ ...valid, userName: '김민지' })).toEqual([]);
    expect(checkSignUp({ ...valid, userName: 'min ji' })).toEqual([{ key: 'account.error.invalidUserName' }]);
    expect(checkSignUp({ ...valid, userName: 'min@ji' })).toEqual([{ key: 'account.error.invalidUserName' }]);
  });

  it('refuses an e-mail address without a domain and an empty display name', () => {
    expect(checkSignUp({ ...valid, email: 'minji@localhost', displayName: ' ' })).toEqual([
      { key: 'account.error.invalidEmail' },
      { key: 'account.error.invalidDisplayName' },
    ]);
  });
});

describe('checkSignIn', () => {
  it('asks for both the login and the password', () => {
    expect(checkSignIn(' ', 'secret12')).toEqual([{ key: 'account.error.missingCredentials' }]);
    expect(checkSignIn('minji', '')).toEqual([{ key: 'account.error.missingCredentials' }]);
    expect(checkSignIn('minji', 'secret12')).toEqual([]);
  });
});

describe('nextPage', () => {
  it('returns to a page of this site', () => {
    expect(nextPage('?next=%2Frange')).toBe('/range');
  });

  it('ignores another site', () => {
    expect(nextPage('?next=https%3A%2F%2Fevil.example')).toBe('/');
    expect(nextPage('?next=%2F%2Fevil.example')).toBe('/');
    expect(nextPage('')).toBe('/');
  });
});
