module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-data-access-batch-loading',
  rootDir: __dirname,
};
