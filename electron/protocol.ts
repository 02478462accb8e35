import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/security/csp';
import { serveRendererFile } from './backend/renderer-files';

/** Must run before `app` is ready: makes app:// a secure standard origin so the renderer gets a real origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer at app://verbatim/, and nothing else. */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response(null, { status: 403 });
    const answer = await serveRendererFile(rendererDir, url.pathname);
    return new Response(answer.body as BodyInit | null, { status: answer.status, headers: answer.headers });
  });
}
