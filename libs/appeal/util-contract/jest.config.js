module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'appeal-util-contract',
  rootDir: __dirname,
};
