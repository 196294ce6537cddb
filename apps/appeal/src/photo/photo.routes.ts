import { PHOTO_MAX_BYTES, PHOTO_TOO_LARGE_MESSAGE, PHOTOS_PATH } from '@erqi/appeal/util-contract';
import type { CallerRouteHandler } from '@erqi/shared/feature-subgraph-server';
import { readRequestBody, type RouteResult } from '@erqi/shared/util-http-server';
import type { PhotoService } from './photo.service';

function methodNotAllowed(allow: string): RouteResult {
  return {
    status: 405,
    headers: { allow },
    body: {
      errors: [{ message: `Use ${allow} here`, extensions: { code: 'METHOD_NOT_ALLOWED' } }],
    },
  };
}

/**
 * `POST /photos` (the image's bytes) → 201 `{ id, contentType, bytes }`; `GET /photos/<id>` → the
 * bytes, for those who may see the photo, and 404 for everyone else (never 403: that would say it exists).
 */
export function photoRoutes(photos: PhotoService): Record<string, CallerRouteHandler> {
  return {
    [PHOTOS_PATH]: async (request, caller) => {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const declaredType = request.headers['content-type'];
      // Who and what type first: a department's 3 MB is refused before it is read.
      const user = photos.requireUploader(caller, declaredType);
      const content = await readRequestBody(request, PHOTO_MAX_BYTES, PHOTO_TOO_LARGE_MESSAGE);
      const photo = await photos.upload(user, declaredType, content);
      return {
        status: 201,
        body: { id: photo.id, contentType: photo.contentType, bytes: photo.bytes },
      };
    },
    [`${PHOTOS_PATH}/*`]: async (request, caller) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed('GET');
      const id = new URL(request.url ?? '/', 'http://localhost').pathname.split('/').pop() ?? '';
      const photo = await photos.read(caller, id);
      if (!photo)
        return {
          status: 404,
          body: { errors: [{ message: 'No such photo', extensions: { code: 'NOT_FOUND' } }] },
        };
      // Never changes under its id, but who may see it can: the browser asks again each time (private,
      // no-cache) and gets a 304 without the bytes when it has them.
      const etag = `"${photo.id}"`;
      const headers = {
        'cache-control': 'private, no-cache',
        etag,
        vary: 'Authorization',
        'x-content-type-options': 'nosniff',
      };
      if (request.headers['if-none-match'] === etag)
        return { status: 304, body: undefined, headers };
      return { status: 200, contentType: photo.contentType, body: photo.content, headers };
    },
  };
}
