module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-data-access-database',
  rootDir: __dirname,
};
