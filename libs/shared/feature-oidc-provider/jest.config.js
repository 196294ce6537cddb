module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-feature-oidc-provider',
  rootDir: __dirname,
};
