module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-testing-database',
  rootDir: __dirname,
};
