module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-feature-subgraph-server',
  rootDir: __dirname,
};
