import type { Notice } from '../i18n/notice';
import type { TakeSaveRetrying } from './take-save';

/** What to tell the singer while the finished take waits for the database. */
export function saveRetryingNotice(retrying: TakeSaveRetrying): Notice {
  return {
    key: 'account.saveRetrying',
    params: { attempt: retrying.attempt, max: retrying.maxAttempts, seconds: Math.max(1, Math.round(retrying.retryInSeconds)) },
  };
}
