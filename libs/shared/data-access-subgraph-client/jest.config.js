module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-data-access-subgraph-client',
  rootDir: __dirname,
};
