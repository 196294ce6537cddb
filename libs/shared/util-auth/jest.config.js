module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-auth',
  rootDir: __dirname,
};
