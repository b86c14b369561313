/** Where a singer stands within their level. */
export interface LevelProgress {
  /** Points earned since the level began. */
  into: number;
  /** Points the level spans (from its start to the next level's). */
  span: number;
  /** Points still needed for the next level. */
  remaining: number;
  /** `into / span`, 0–1; 1 at the top level, which has no next one. */
  fraction: number;
}

/**
 * The progress bar's figures from `GET /api/account/me`'s `experiencePoints`, `levelStartsAt` and `nextLevelAt`.
 * At the top level the server's next level starts where this one does, so the bar shows full.
 */
export function levelProgress(points: number, levelStartsAt: number, nextLevelAt: number): LevelProgress {
  const span = Math.max(0, nextLevelAt - levelStartsAt);
  const into = Math.max(0, points - levelStartsAt);
  if (span === 0) return { into, span, remaining: 0, fraction: 1 };
  const clamped = Math.min(into, span);
  return { into: clamped, span, remaining: span - clamped, fraction: clamped / span };
}
