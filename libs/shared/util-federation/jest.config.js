module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-federation',
  rootDir: __dirname,
};
