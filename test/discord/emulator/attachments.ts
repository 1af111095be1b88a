import type { ServerResponse } from 'node:http';
import { makeSnowflake } from './snowflake.js';

/** The attachment object Discord puts in messages and in an interaction's resolved data. */
export interface EmulatedAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

/**
 * Files the emulator serves as Discord's CDN does, at `/attachments/<id>/<name>` on its own port, so the bot
 * downloads what a member uploaded over real HTTP.
 */
export function createAttachmentHost(baseUrl: () => string) {
  const files = new Map<string, { bytes: Uint8Array; contentType: string | undefined }>();
  return {
    /**
     * Hosts `bytes` as an uploaded file. `size` is what Discord reports (the real size unless a test lies);
     * `contentType` is Discord's guess from the name (text/plain for .txt), or none.
     */
    add(filename: string, bytes: Uint8Array, options: { contentType?: string | null; size?: number } = {}) {
      const id = makeSnowflake();
      const path = `/attachments/${id}/${encodeURIComponent(filename)}`;
      const contentType =
        options.contentType === null
          ? undefined
          : (options.contentType ?? (/\.txt$/i.test(filename) ? 'text/plain; charset=utf-8' : undefined));
      files.set(path, { bytes, contentType });
      const url = `${baseUrl()}${path}`;
      const attachment: EmulatedAttachment = {
        id,
        filename,
        size: options.size ?? bytes.byteLength,
        url,
        proxy_url: url,
        ...(contentType ? { content_type: contentType } : {}),
      };
      return attachment;
    },
    /** Serves a hosted file; false when the path is not one (the REST API handles it then). */
    serve(method: string, rawPath: string, res: ServerResponse): boolean {
      if (method !== 'GET' || !rawPath.startsWith('/attachments/')) return false;
      const file = files.get(rawPath);
      if (!file) {
        res.writeHead(404).end();
        return true;
      }
      res.writeHead(200, {
        'content-length': String(file.bytes.byteLength),
        ...(file.contentType ? { 'content-type': file.contentType } : {}),
      });
      res.end(file.bytes);
      return true;
    },
  };
}
