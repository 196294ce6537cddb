module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-tracing',
  rootDir: __dirname,
};
