module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-credit-code',
  rootDir: __dirname,
};
