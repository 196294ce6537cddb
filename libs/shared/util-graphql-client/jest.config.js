module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-graphql-client',
  rootDir: __dirname,
};
