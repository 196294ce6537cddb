module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-http-server',
  rootDir: __dirname,
};
