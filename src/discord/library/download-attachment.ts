import { ARTICLE_TEXT_PROBLEMS, MAX_ARTICLE_BYTES } from '../../library/check-article-text.js';

/** What Discord tells about an attachment before it is downloaded. */
export interface AttachmentInfo {
  url: string;
  name: string;
  size: number;
  contentType: string | null;
}

export type Download = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

export const downloadProblems = {
  notText: 'Send the article as a .txt file (plain UTF-8 text, headline on the first line).',
  failed: 'I could not download that file from Discord. Please try again in a moment.',
} as const;

/** Text types an article may come as; Discord guesses the type from the file name. */
const isTextType = (type: string | null) => type === null || /^text\/plain\b/i.test(type);

/**
 * Downloads an article attachment, refusing before the download what is not a .txt file or is too large
 * (as Discord reports it), and stopping the download once it passes the limit (whatever Discord said).
 * The bytes are still to be checked with `checkArticleText`.
 * @example const file = await downloadArticleAttachment(interaction.options.getAttachment('file', true));
 */
export async function downloadArticleAttachment(
  attachment: AttachmentInfo,
  options: { maxBytes?: number; timeoutMs?: number } = {},
): Promise<Download> {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  if (!/\.txt$/i.test(attachment.name) || !isTextType(attachment.contentType)) {
    return { ok: false, problem: downloadProblems.notText };
  }
  const tooLarge = { ok: false, problem: ARTICLE_TEXT_PROBLEMS['too-large'] } as const;
  if (attachment.size > maxBytes) return tooLarge;
  let response: Response;
  try {
    response = await fetch(attachment.url, { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  } catch {
    return { ok: false, problem: downloadProblems.failed };
  }
  if (!response.ok || !response.body) return { ok: false, problem: downloadProblems.failed };
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body) {
      chunks.push(chunk);
      total += chunk.byteLength;
      // Leaving the loop cancels the download.
      if (total > maxBytes) return tooLarge;
    }
  } catch {
    return { ok: false, problem: downloadProblems.failed };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
