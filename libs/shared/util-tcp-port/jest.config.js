module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-tcp-port',
  rootDir: __dirname,
};
