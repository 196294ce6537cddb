module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-retry',
  rootDir: __dirname,
};
