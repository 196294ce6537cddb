import { choicesFor, defaultChoices, materialLists } from './material-plan';

const license = {
  code: 'LICENSE',
  deferrable: false,
  replaceableByCommitment: false,
  certificateFree: true,
};
const premises = {
  code: 'PREMISES',
  deferrable: true,
  replaceableByCommitment: true,
  certificateFree: false,
};

describe('how an enterprise accounts for materials', () => {
  it('offers 免证 only under NO_CERTIFICATE, 容缺 and 承诺 only under the lenient mode', () => {
    expect(choicesFor(license, ['NO_CERTIFICATE'])).toEqual(['LOOKED_UP', 'SUBMIT']);
    expect(choicesFor(license, [])).toEqual(['SUBMIT']);
    expect(choicesFor(premises, ['DEFERRED_MATERIALS_WITH_COMMITMENT'])).toEqual([
      'SUBMIT',
      'DEFER',
      'COMMIT',
    ]);
    expect(choicesFor(premises, ['SAME_CITY'])).toEqual(['SUBMIT']);
  });

  it('defaults to looking up what can be, and splits the choices into the input lists', () => {
    const choices = defaultChoices(
      [license, premises],
      ['NO_CERTIFICATE', 'DEFERRED_MATERIALS_WITH_COMMITMENT'],
    );
    expect(choices).toEqual({ LICENSE: 'LOOKED_UP', PREMISES: 'SUBMIT' });
    expect(materialLists({ ...choices, PREMISES: 'DEFER', APPLICATION: 'SUBMIT' })).toEqual({
      submittedMaterials: ['APPLICATION'],
      deferredMaterials: ['PREMISES'],
      committedMaterials: [],
    });
  });
});
