import { randomUUID } from 'node:crypto';
import {
  PHOTO_CONTENT_TYPES,
  PHOTOS_PER_APPEAL,
  type PhotoContentType,
} from '@erqi/appeal/util-contract';
import { type Caller, requireRole, Role, type UserCaller } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, Forbidden, UnsupportedMediaType } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { appealScopeFilter } from '../appeal/appeal-access';
import { APPEAL_SUBMITTERS } from '../policy/roles';
import { AppealPhoto } from './appeal-photo.entity';
import { declaredImageType, imageTypeOf } from './photo-content';

/**
 * Most uploads one person may hold unattached: a few appeals' worth (an offline queue sending
 * several at once), not a free store for anyone with a token.
 */
export const PENDING_PHOTOS_MAX = 4 * PHOTOS_PER_APPEAL;

/** A photo's bytes and type, for serving. */
export interface PhotoBytes {
  id: string;
  contentType: string;
  content: Buffer;
}

/** 照片: uploads, who may see them, attaching them to an appeal, sweeping the ones never used. */
export class PhotoService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Whoever may file an appeal may upload its photos; checked before the body is read. */
  requireUploader(caller: Caller, declaredType: string | undefined): UserCaller {
    const user = requireRole(caller, APPEAL_SUBMITTERS, 'upload photos of an appeal');
    if (user.role === Role.ENTERPRISE && !user.enterpriseId)
      throw new Forbidden('This enterprise account names no enterprise to file for');
    if (!declaredImageType(declaredType)) throw notAnImage(declaredType);
    return user;
  }

  /** Stores an upload, owned by `user` until a submission attaches it. */
  async upload(
    user: UserCaller,
    declaredType: string | undefined,
    content: Buffer,
  ): Promise<AppealPhoto> {
    const declared = declaredImageType(declaredType);
    const actual = imageTypeOf(content);
    if (!declared || actual !== declared) throw notAnImage(declaredType, actual);
    const photos = this.dataSource.getRepository(AppealPhoto);
    const pending = await photos.countBy({ uploaderSubject: user.subject, appealId: IsNull() });
    if (pending >= PENDING_PHOTOS_MAX)
      throw new Conflict(
        `You already have ${pending} photos not attached to any appeal (at most ${PENDING_PHOTOS_MAX}); file the appeals they are for first, or wait a day for them to be deleted`,
        { pendingPhotos: pending },
      );
    const photo = photos.create({
      id: randomUUID(),
      uploaderSubject: user.subject,
      contentType: actual,
      bytes: content.length,
      content,
      uploadedAt: this.clock(),
      appealId: null,
      position: null,
    });
    await photos.insert(photo);
    return photo;
  }

  /**
   * A photo's bytes, for a caller who may see its appeal (the appeal's own scope, in SQL), or for
   * its uploader while it is unattached; otherwise nothing, as if it did not exist.
   */
  async read(caller: Caller, id: string): Promise<PhotoBytes | null> {
    if (!isUuid(id)) return null;
    const scope = appealScopeFilter(caller, 'appeal');
    const subject = caller.kind === 'user' ? caller.subject : null;
    const row = await this.dataSource
      .getRepository(AppealPhoto)
      .createQueryBuilder('photo')
      .addSelect('photo.content')
      .leftJoin('appeal', 'appeal', 'appeal.id = photo.appeal_id')
      .where('photo.id = :id', { id })
      .andWhere(
        `((photo.appeal_id IS NULL AND photo.uploader_subject = :subject) OR (photo.appeal_id IS NOT NULL AND ${scope.sql}))`,
        { ...scope.parameters, subject },
      )
      .getOne();
    return row ? { id: row.id, contentType: row.contentType, content: row.content } : null;
  }

  /**
   * Attaches the caller's own unattached uploads to a new appeal, in the order given, inside the
   * submission's transaction: a photo that is not theirs, already attached (also by a submission
   * running at the same moment: the row lock settles it) or unknown refuses the whole submission.
   */
  async attach(
    manager: EntityManager,
    user: UserCaller,
    appealId: string,
    photoIds: readonly string[],
  ): Promise<void> {
    if (photoIds.length === 0) return;
    const table = manager.getRepository(AppealPhoto).metadata.tablePath;
    const rows = (await manager.query(
      `WITH attached AS (
         UPDATE ${table} photo SET appeal_id = $1, position = array_position($2::uuid[], photo.id)
         WHERE photo.id = ANY($2::uuid[]) AND photo.uploader_subject = $3 AND photo.appeal_id IS NULL
         RETURNING photo.id
       )
       SELECT id FROM attached`,
      [appealId, photoIds, user.subject],
    )) as Array<{ id: string }>;
    if (rows.length !== photoIds.length)
      throw new BadUserInput(
        'photoIds',
        'A photo is not one you uploaded, or it is already attached to an appeal, or it was deleted (unattached photos are kept a day); upload it again',
      );
  }

  /** Deletes the uploads nobody attached before `cutoff`; returns how many. */
  async deleteUnattachedBefore(cutoff: Date): Promise<number> {
    const table = this.dataSource.getRepository(AppealPhoto).metadata.tablePath;
    const [row] = (await this.dataSource.query(
      `WITH deleted AS (DELETE FROM ${table} WHERE appeal_id IS NULL AND uploaded_at < $1 RETURNING 1)
       SELECT count(*)::int AS count FROM deleted`,
      [cutoff],
    )) as Array<{ count: number }>;
    return row?.count ?? 0;
  }
}

/** Checks a submission's list before anything is written: at most six, no id twice, ids we gave out. */
export function checkPhotoIds(photoIds: readonly string[]): void {
  if (photoIds.length > PHOTOS_PER_APPEAL)
    throw new BadUserInput('photoIds', `An appeal carries at most ${PHOTOS_PER_APPEAL} photos`);
  if (new Set(photoIds).size !== photoIds.length)
    throw new BadUserInput('photoIds', 'The same photo is listed twice');
  if (!photoIds.every(isUuid))
    throw new BadUserInput('photoIds', 'A photo id is not one we gave out');
}

function notAnImage(
  declaredType: string | undefined,
  actual?: PhotoContentType,
): UnsupportedMediaType {
  return new UnsupportedMediaType(
    actual
      ? `The photo is ${actual} but was sent as ${declaredType ?? 'no type'}; send it with Content-Type ${actual}`
      : `Only photos are taken: ${PHOTO_CONTENT_TYPES.join(', ')}, sent with that Content-Type and with bytes that are one`,
    { accepted: [...PHOTO_CONTENT_TYPES] },
  );
}
