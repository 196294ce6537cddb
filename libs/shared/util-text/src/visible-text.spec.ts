import { validate } from 'class-validator';
import { IsVisibleName } from './is-visible-name';
import { forbiddenControlCharacter, hasVisibleText, visibleText } from './visible-text';

class Named {
  @IsVisibleName()
  name!: string;
}

async function messagesFor(name: string): Promise<string[]> {
  const named = Object.assign(new Named(), { name });
  const errors = await validate(named);
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('visible text', () => {
  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner and joiner', '\u200C\u200D'],
    ['byte order mark', '\uFEFF'],
    ['word joiner', '\u2060'],
    ['soft hyphen', '\u00AD'],
    ['bidi marks and overrides', '\u200E\u200F\u202E\u2066'],
    ['ideographic and no-break spaces', '\u3000\u00A0 '],
    ['Hangul filler', '\u3164'],
    ['a mix of all of them', ' \u200B\uFEFF\u00AD\u3000\u2060 '],
  ])('finds nothing visible in %s', (_what, value) => {
    expect(hasVisibleText(value)).toBe(false);
    expect(visibleText(value)).toBe('');
  });

  it('keeps what is seen, Chinese and emoji sequences included', () => {
    expect(visibleText('河南\u200B八方顺亿')).toBe('河南八方顺亿');
    expect(hasVisibleText('八卦庙志愿服务队')).toBe(true);
    expect(hasVisibleText('王 五')).toBe(true);
  });

  it('names the first forbidden control character, allowing line breaks only in free text', () => {
    expect(forbiddenControlCharacter('路灯\u0000坏了', true)).toBe('U+0000');
    expect(forbiddenControlCharacter('a\u001Bb', true)).toBe('U+001B');
    expect(forbiddenControlCharacter('a\u0085b', true)).toBe('U+0085');
    expect(forbiddenControlCharacter('第一行\n第二行\t', true)).toBeUndefined();
    expect(forbiddenControlCharacter('第一行\n第二行', false)).toBe('U+000A');
    expect(forbiddenControlCharacter('郑州晨雨食品有限公司', false)).toBeUndefined();
  });
});

describe('@IsVisibleName', () => {
  it('refuses a name of one zero-width space, saying why', async () => {
    expect(await messagesFor('\u200B')).toEqual([
      'name must contain visible characters, not only spaces or invisible ones',
    ]);
  });

  it('refuses a name with a control character, naming it', async () => {
    expect(await messagesFor('八方\u0000顺亿')).toEqual([
      'name must be one line of text, without control characters (found U+0000)',
    ]);
  });

  it('accepts a real name, even with a stray zero-width character inside', async () => {
    expect(await messagesFor('郑州晨雨食品有限公司')).toEqual([]);
    expect(await messagesFor('郑州\u200B晨雨')).toEqual([]);
  });
});
