import { describe, expect, it } from 'vitest';
import { problemNotice, signIn } from './account-api';

function problem(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}

describe('problemNotice', () => {
  it('translates the server code of a taken user name', async () => {
    expect(await problemNotice(problem(409, { code: 'userNameTaken' }))).toEqual({ key: 'account.error.userNameTaken' });
  });

  it('says how long to wait after too many attempts, from Retry-After', async () => {
    expect(await problemNotice(problem(429, { code: 'tooManyAttempts' }, { 'Retry-After': '42' }))).toEqual({
      key: 'account.error.tooManyAttempts',
      params: { seconds: 42 },
    });
  });

  it('names the status of an answer it does not know', async () => {
    expect(await problemNotice(new Response('oops', { status: 502 }))).toEqual({ key: 'account.error.unknown', params: { status: 502 } });
  });
});

describe('signIn', () => {
  it('fetches a fresh antiforgery token and sends it in the header the server names', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const fetcher = (async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      if (url === '/api/account/antiforgery') return Response.json({ token: 'tok', headerName: 'X-CSRF-TOKEN' });
      return problem(401, { code: 'wrongCredentials' });
    }) as typeof fetch;

    const answer = await signIn('minji', 'wrong one', fetcher);

    expect(answer).toEqual({ ok: false, notice: { key: 'account.error.wrongCredentials' } });
    expect(calls[1].url).toBe('/api/account/signin');
    expect((calls[1].init?.headers as Record<string, string>)['X-CSRF-TOKEN']).toBe('tok');
    expect(JSON.parse(String(calls[1].init?.body))).toEqual({ login: 'minji', password: 'wrong one' });
  });

  it('reports a server it cannot reach as a network problem', async () => {
    const fetcher = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;

    expect(await signIn('minji', 'secret12', fetcher)).toEqual({ ok: false, notice: { key: 'account.error.network' } });
  });
});
