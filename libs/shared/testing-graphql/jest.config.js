module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-testing-graphql',
  rootDir: __dirname,
};
