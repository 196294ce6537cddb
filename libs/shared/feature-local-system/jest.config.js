module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-feature-local-system',
  rootDir: __dirname,
};
