module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-request-scope',
  rootDir: __dirname,
};
