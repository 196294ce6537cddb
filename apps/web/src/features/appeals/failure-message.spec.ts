import type { TFunction } from 'i18next';
import zh from '../../i18n/locales/zh-CN/appeals.json';
import { failureMessage } from './failure-message';

/** Looks keys up in the zh-CN messages, as i18next would. */
const t = ((key: string, options?: { defaultValue?: string }) => {
  const path = key.replace(/^appeals:/, '').split('.');
  let node: unknown = zh;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : (options?.defaultValue ?? key);
}) as unknown as TFunction;

describe('why a submit failed, in the user’s language', () => {
  it('names the field the server refused, to show beside it', () => {
    expect(failureMessage(t, { code: 'BAD_USER_INPUT', field: 'title' })).toBe(
      '请填写标题（1 至 200 字）',
    );
    expect(failureMessage(t, { code: 'BAD_USER_INPUT', field: 'photoIds' })).toMatch(
      /^照片未能上传/,
    );
  });

  it('says what a code means when no field is named, and something sensible for an unknown one', () => {
    expect(failureMessage(t, { code: 'FORBIDDEN' })).toBe('您无权为该企业提交诉求');
    expect(failureMessage(t, { code: 'NETWORK' })).toBe('网络不可用，请稍后重试');
    expect(failureMessage(t, { code: 'TEAPOT' })).toBe('提交未成功，请稍后重试');
  });
});
