import { Button, NoticeBar } from 'antd-mobile';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import {
  type HandlingMode,
  useFilingChoicesQuery,
  useLocateGridCellLazyQuery,
} from '../../graphql/generated';
import { appealOutbox, flushOutbox } from '../../offline/appeal-outbox';
import type { AppealDraft } from '../../offline/appeal-queue';
import { compressPhoto } from '../../offline/compress-photo';
import { photoRefusal, PHOTOS_PER_APPEAL } from '../../offline/photo-rules';
import { failureMessage, type FilingField, isFilingField } from './failure-message';

const MODES: readonly HandlingMode[] = ['URGENT', 'JOINT', 'LEDGER', 'TRACKED'];

interface ChosenPhoto {
  blob: Blob;
  contentType: string;
  preview: string;
}

function currentPosition(): Promise<{ lat: number; lng: number }> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lng: position.coords.longitude }),
      reject,
      { timeout: 10_000, maximumAge: 60_000 },
    ),
  );
}

/**
 * 提交诉求 (郑好拍): written to the device's queue first, then sent; photos compressed here. A refusal
 * keeps everything typed and says why beside the field it concerns.
 */
export function FilingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choices = useFilingChoicesQuery();
  const [locate, located] = useLocateGridCellLazyQuery();
  const [enterpriseId, setEnterpriseId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState('');
  const [handlingMode, setHandlingMode] = useState<HandlingMode>('TRACKED');
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [photoNotice, setPhotoNotice] = useState<string | undefined>();
  const [withPosition, setWithPosition] = useState(false);
  const [position, setPosition] = useState<{ lat: number; lng: number } | undefined>();
  const [errors, setErrors] = useState<Partial<Record<FilingField, string>>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const enterprises = useMemo(() => choices.data?.enterprises.nodes ?? [], [choices.data]);
  const suggestedCell = located.data?.locateGridCell ?? undefined;
  // An enterprise acts for itself: its one enterprise is chosen for it.
  useEffect(() => {
    if (!enterpriseId && enterprises.length === 1 && enterprises[0])
      setEnterpriseId(enterprises[0].id);
  }, [enterprises, enterpriseId]);
  // Previews are let go when the page is left (not on every change: the others are still shown).
  const previews = useRef<ChosenPhoto[]>([]);
  previews.current = photos;
  useEffect(
    () => () => previews.current.forEach((photo) => URL.revokeObjectURL(photo.preview)),
    [],
  );

  const togglePosition = async (on: boolean): Promise<void> => {
    setWithPosition(on);
    if (!on) {
      setPosition(undefined);
      return;
    }
    try {
      const here = await currentPosition();
      setPosition(here);
      const answer = await locate({ variables: here });
      const cell = answer.data?.locateGridCell;
      const inCell = enterprises.filter((enterprise) => enterprise.gridCell.id === cell?.id);
      if (!enterpriseId && inCell.length === 1 && inCell[0]) setEnterpriseId(inCell[0].id);
    } catch {
      setWithPosition(false);
      setPhotoNotice(t('appeals:filing.positionUnavailable'));
    }
  };

  const addPhotos = async (files: FileList | null): Promise<void> => {
    setPhotoNotice(undefined);
    const added: ChosenPhoto[] = [];
    for (const file of Array.from(files ?? [])) {
      const refusal = photoRefusal(file, photos.length + added.length);
      if (refusal) {
        setPhotoNotice(t(`appeals:photoRefused.${refusal}`, { name: file.name }));
        continue;
      }
      try {
        const facts = {
          takenAt: new Date(file.lastModified || Date.now()),
          ...(withPosition && position ? { position } : {}),
        };
        const compressed = await compressPhoto(file, facts);
        added.push({ ...compressed, preview: URL.createObjectURL(compressed.blob) });
      } catch {
        setPhotoNotice(t('appeals:photoRefused.notImage', { name: file.name }));
      }
    }
    setPhotos((current) => [...current, ...added]);
  };

  const removePhoto = (index: number): void =>
    setPhotos((current) => {
      const removed = current[index];
      if (removed) URL.revokeObjectURL(removed.preview);
      return current.filter((_, i) => i !== index);
    });

  const validate = (): Partial<Record<FilingField, string>> => {
    const found: Partial<Record<FilingField, string>> = {};
    if (!enterpriseId) found.enterpriseId = t('appeals:fieldError.enterpriseId');
    if (!title.trim() || title.trim().length > 200) found.title = t('appeals:fieldError.title');
    if (!description.trim() || description.length > 5000)
      found.description = t('appeals:fieldError.description');
    if (!category) found.category = t('appeals:fieldError.category');
    return found;
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const enterprise = enterprises.find((candidate) => candidate.id === enterpriseId);
    const draft: AppealDraft = {
      enterpriseId,
      enterpriseName: enterprise?.name ?? '',
      title: title.trim(),
      description: description.trim(),
      category,
      // No channel: the server sets it from who files (docs/ACCESS.md, "The whistles").
      handlingMode,
    };
    setBusy(true);
    const record = await appealOutbox.enqueue(
      draft,
      photos.map(({ blob, contentType }) => ({ blob, contentType })),
    );
    await flushOutbox();
    const after = (await appealOutbox.records()).find((candidate) => candidate.id === record.id);
    setBusy(false);
    if (after?.state === 'failed' && after.failure) {
      // Refused: the form keeps what was typed; the refused copy is not kept in the queue.
      await appealOutbox.discard(record.id);
      const message = failureMessage(t, after.failure);
      if (after.failure.code === 'BAD_USER_INPUT' && isFilingField(after.failure.field))
        setErrors({
          [after.failure.field === 'photoIds' ? 'photos' : after.failure.field]: message,
        });
      setFailure(message);
      return;
    }
    // Sent, or waiting for the network (待发送): either way the list shows it.
    navigate('/appeals', { state: { filed: after ? 'queued' : 'sent' } });
  };

  const fieldError = (field: FilingField) =>
    errors[field] ? (
      <p id={`${field}-error`} className="field-error" role="alert">
        {errors[field]}
      </p>
    ) : null;
  const described = (field: FilingField) =>
    errors[field] ? { 'aria-describedby': `${field}-error`, 'aria-invalid': true } : {};

  return (
    <section className="page filing">
      <h1>{t('appeals:filing.title')}</h1>
      <ListState
        loading={choices.loading}
        error={choices.error}
        empty={!choices.data}
        onRetry={() => void choices.refetch()}
      >
        <form onSubmit={(event) => void submit(event)} noValidate className="filing-form">
          {failure ? (
            <div role="alert">
              <NoticeBar color="error" wrap content={failure} />
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="enterpriseId">{t('appeals:field.enterprise')}</label>
            <select
              id="enterpriseId"
              value={enterpriseId}
              onChange={(event) => setEnterpriseId(event.target.value)}
              {...described('enterpriseId')}
            >
              <option value="">{t('appeals:filing.choose')}</option>
              {enterprises.map((enterprise) => (
                <option key={enterprise.id} value={enterprise.id}>
                  {enterprise.name}（{enterprise.gridCell.code}）
                </option>
              ))}
            </select>
            {fieldError('enterpriseId')}
          </div>
          <div className="field">
            <label htmlFor="title">{t('appeals:field.title')}</label>
            <input
              id="title"
              value={title}
              maxLength={200}
              onChange={(event) => setTitle(event.target.value)}
              {...described('title')}
            />
            {fieldError('title')}
          </div>
          <div className="field">
            <label htmlFor="description">{t('appeals:field.description')}</label>
            <textarea
              id="description"
              rows={5}
              value={description}
              maxLength={5000}
              onChange={(event) => setDescription(event.target.value)}
              {...described('description')}
            />
            {fieldError('description')}
          </div>
          <div className="field">
            <label htmlFor="category">{t('appeals:field.category')}</label>
            <select
              id="category"
              value={category}
              onChange={(event) => setCategory(event.target.value)}
              {...described('category')}
            >
              <option value="">{t('appeals:filing.choose')}</option>
              {choices.data?.appealCategories.map((choice) => (
                <option key={choice.code} value={choice.code}>
                  {choice.name}
                </option>
              ))}
            </select>
            {fieldError('category')}
          </div>
          <div className="field">
            <label htmlFor="handlingMode">{t('appeals:field.handlingMode')}</label>
            <select
              id="handlingMode"
              value={handlingMode}
              onChange={(event) => setHandlingMode(event.target.value as HandlingMode)}
              {...described('handlingMode')}
            >
              {MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`appeals:mode.${mode}`)}
                </option>
              ))}
            </select>
            {fieldError('handlingMode')}
          </div>
          <div className="field">
            <label className="check">
              <input
                type="checkbox"
                checked={withPosition}
                onChange={(event) => void togglePosition(event.target.checked)}
              />
              {t('appeals:filing.withPosition')}
            </label>
            {suggestedCell ? (
              <p className="muted" role="status">
                {t('appeals:filing.suggestedCell', {
                  code: suggestedCell.code,
                  name: suggestedCell.name,
                })}
              </p>
            ) : null}
          </div>
          <fieldset className="field photos" {...described('photos')}>
            <legend>
              {t('appeals:field.photos', { count: photos.length, max: PHOTOS_PER_APPEAL })}
            </legend>
            <ul className="photo-grid">
              {photos.map((photo, index) => (
                <li key={photo.preview}>
                  <img src={photo.preview} alt={t('appeals:filing.photoAlt', { n: index + 1 })} />
                  <button type="button" onClick={() => removePhoto(index)}>
                    {t('appeals:filing.removePhoto', { n: index + 1 })}
                  </button>
                </li>
              ))}
            </ul>
            {photos.length < PHOTOS_PER_APPEAL ? (
              <label className="photo-add">
                <input
                  type="file"
                  accept="image/*"
                  multiple
                  onChange={(event) => {
                    void addPhotos(event.target.files);
                    event.target.value = '';
                  }}
                />
                {t('appeals:filing.addPhoto')}
              </label>
            ) : null}
            {photoNotice ? (
              <p className="field-error" role="alert">
                {photoNotice}
              </p>
            ) : null}
            {fieldError('photos')}
          </fieldset>
          <p className="muted">{t('appeals:filing.channelNote')}</p>
          <Button type="submit" color="primary" block size="large" loading={busy}>
            {t('appeals:filing.submit')}
          </Button>
        </form>
      </ListState>
    </section>
  );
}
