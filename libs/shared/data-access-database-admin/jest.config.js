module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-data-access-database-admin',
  rootDir: __dirname,
};
