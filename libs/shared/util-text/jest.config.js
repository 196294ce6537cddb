module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-text',
  rootDir: __dirname,
};
