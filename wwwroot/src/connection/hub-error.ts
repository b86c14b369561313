/** An error the hub reported: its code (e.g. "ChunkTooLarge") and the sentence for the singer. */
export interface HubError {
  code: string | null;
  sentence: string;
}

// The client sees "An unexpected error occurred invoking 'x' on the server. HubException: [Code] Sentence."
const codedMessage = /\[([A-Za-z][A-Za-z0-9]*)\]\s*([\s\S]*)$/;
const hubExceptionPrefix = /^[\s\S]*?HubException:\s*/;

/** Extracts the hub's sentence from a rejected invocation, without its bracketed code. */
export function parseHubError(error: unknown): HubError {
  const message = error instanceof Error ? error.message : String(error);
  const coded = codedMessage.exec(message);
  if (coded) return { code: coded[1], sentence: coded[2].trim() };
  return { code: null, sentence: message.replace(hubExceptionPrefix, '').trim() };
}
