module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-private-postgres',
  rootDir: __dirname,
};
