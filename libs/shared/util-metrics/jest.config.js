module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-metrics',
  rootDir: __dirname,
};
