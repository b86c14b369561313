import { describe, expect, it } from 'vitest';
import { saveRetryingNotice } from './save-notice';

describe('save retrying notice', () => {
  it('quotes the attempt and the wait in whole seconds', () => {
    expect(saveRetryingNotice({ takeId: 't', attempt: 2, maxAttempts: 6, retryInSeconds: 3.6 })).toEqual({
      key: 'account.saveRetrying',
      params: { attempt: 2, max: 6, seconds: 4 },
    });
  });

  it('never says zero seconds', () => {
    expect(saveRetryingNotice({ takeId: 't', attempt: 1, maxAttempts: 6, retryInSeconds: 0.2 }).params?.seconds).toBe(1);
  });
});
