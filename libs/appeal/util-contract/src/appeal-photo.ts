/**
 * 照片: what an appeal's photos may be, spoken by the appeal service, the gateway that forwards the
 * uploads and the apps that compress and check them before sending.
 */

/** Where photos are uploaded (POST) and read (GET `/photos/<id>`), on the gateway's host. */
export const PHOTOS_PATH = '/photos';

/** Largest photo accepted, after the device's compression (longest side ≤ 1600 px, JPEG): 3 MB. */
export const PHOTO_MAX_BYTES = 3 * 1024 * 1024;

/** Said when a photo is too large (HTTP 413), in the terms a person knows. */
export const PHOTO_TOO_LARGE_MESSAGE = `A photo may be at most ${PHOTO_MAX_BYTES / (1024 * 1024)} MB (${PHOTO_MAX_BYTES} bytes); compress it on the device first`;

/** Most photos one appeal carries. */
export const PHOTOS_PER_APPEAL = 6;

/** The image types accepted; the bytes must be what the declared type says. */
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** How long an upload not attached to an appeal is kept before it is deleted. */
export const UNATTACHED_PHOTO_HOURS = 24;
