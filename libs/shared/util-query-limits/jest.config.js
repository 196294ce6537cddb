module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-query-limits',
  rootDir: __dirname,
};
