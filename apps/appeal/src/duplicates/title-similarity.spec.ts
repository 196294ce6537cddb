import { normalizeTitle, titleSimilarity } from './title-similarity';

describe('titleSimilarity', () => {
  it('is 1 for the same title, whatever the spacing, punctuation and width', () => {
    expect(normalizeTitle(' 厂区门口，路灯损坏！ ')).toBe('厂区门口路灯损坏');
    expect(titleSimilarity('厂区门口路灯损坏', '厂区门口 路灯损坏！')).toBe(1);
    expect(titleSimilarity('ＡＢＣ停车', 'abc停车')).toBe(1);
  });

  it('stays high for a reworded title and low for another problem', () => {
    expect(titleSimilarity('厂区门口路灯损坏', '厂区门口路灯损坏了')).toBeGreaterThanOrEqual(0.6);
    expect(titleSimilarity('厂区门口路灯损坏', '申报2024年惠企稳岗补贴')).toBe(0);
    expect(titleSimilarity('厂区门口路灯损坏', '厂区门口道路积水')).toBeLessThan(0.6);
  });

  it('is symmetric and 0 for an empty title', () => {
    expect(titleSimilarity('路灯损坏', '门口路灯')).toBe(titleSimilarity('门口路灯', '路灯损坏'));
    expect(titleSimilarity('！！', '路灯')).toBe(0);
  });
});
